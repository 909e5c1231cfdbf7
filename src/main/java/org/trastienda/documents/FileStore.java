package org.trastienda.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.PayloadTooLargeException;
import org.trastienda.shared.TrastiendaProperties;

/**
 * Keeps uploaded files: checks their type by content, stores the bytes once per content under
 * {@code <data dir>/files/<first two hex digits>/<sha256>} and their metadata in {@code stored_file}.
 * Bytes of a file whose record rolls back stay on disk: they are only ever reached through a record.
 */
@Service
public class FileStore {

	private static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final UserDirectory users;

	private final Clock clock;

	private final Path root;

	private final long maxBytes;

	FileStore(JdbcClient jdbc, UserDirectory users, Clock clock, TrastiendaProperties properties,
			@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
		this.root = properties.dataDir().resolve("files");
		this.maxBytes = maxSize.toBytes();
	}

	/**
	 * Stores an upload if its bytes are of an allowed type (PDF, images, office documents, CSV, text).
	 *
	 * @param size the size the client declared; the bytes actually read are checked too
	 * @throws InvalidInputException on field {@code file} when the content is empty or of another type
	 * @throws PayloadTooLargeException when the file exceeds the upload limit
	 */
	@Transactional
	public StoredFile store(String originalFilename, long size, InputStream content) {
		if (size > maxBytes) {
			throw new PayloadTooLargeException();
		}
		Path incoming = null;
		try {
			Files.createDirectories(root.resolve("incoming"));
			incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
			Received received = receive(content, incoming);
			if (received.size() == 0) {
				throw new InvalidInputException(new FieldError("file", "documents.file.empty"));
			}
			FileType type = ContentTypes.detect(incoming);
			Path target = blob(received.sha256());
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
			}
			String filename = FileNames.forType(FileNames.sanitise(originalFilename), type);
			return insert(filename, type.mediaType(), received);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(incoming);
		}
	}

	/** The file's metadata. */
	@Transactional(readOnly = true)
	public StoredFile get(long id) {
		return jdbc.sql("""
				SELECT id, filename, content_type, size_bytes, sha256, created_at, created_by
				FROM stored_file WHERE id = ?""")
			.param(id)
			.query((rs, row) -> new StoredFile(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
					rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by")))
			.optional()
			.orElseThrow(() -> new NotFoundException("StoredFile", id));
	}

	/** The file's metadata and content, e.g. for {@link Downloads#attachment(OpenedFile)}. */
	@Transactional(readOnly = true)
	public OpenedFile open(long id) {
		StoredFile file = get(id);
		Path blob = blob(file.sha256());
		if (!Files.isReadable(blob)) {
			throw new IllegalStateException("content of stored file " + id + " is missing at " + blob);
		}
		return new OpenedFile(file, new FileSystemResource(blob));
	}

	private record Received(long size, String sha256) {
	}

	/** Copies to the temporary file while hashing, and stops as soon as the limit is passed. */
	private Received receive(InputStream content, Path incoming) throws IOException {
		MessageDigest sha256 = sha256();
		long total = 0;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
				total += read;
				if (total > maxBytes) {
					throw new PayloadTooLargeException();
				}
				out.write(buffer, 0, read);
			}
		}
		return new Received(total, HexFormat.of().formatHex(sha256.digest()));
	}

	private StoredFile insert(String filename, String contentType, Received received) {
		Instant now = clock.instant();
		String createdBy = users.current().map(CurrentUser::username).orElse(SYSTEM);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO stored_file (filename, content_type, size_bytes, sha256, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(filename, contentType, received.size(), received.sha256(), Timestamp.from(now), createdBy)
			.update(key, "id");
		return new StoredFile(key.getKey().longValue(), filename, contentType, received.size(), received.sha256(), now,
				createdBy);
	}

	private Path blob(String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// a leftover in files/incoming is harmless: nothing refers to it
			}
		}
	}
}
