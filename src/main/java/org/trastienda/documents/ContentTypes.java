package org.trastienda.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Tells what a file is from its bytes alone. Tika's magic numbers name most types; containers it
 * only knows as "a ZIP" or "an OLE2 compound file" are opened to see which office format they
 * hold, and text is told apart as CSV when its first lines split into the same number of fields.
 */
final class ContentTypes {

	private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

	private static final String OLE2 = "application/x-tika-msoffice";

	private static final String ODF = "application/vnd.oasis.opendocument.";

	private static final List<String> ZIPS = List.of("application/zip", "application/x-tika-ooxml", ODF);

	private static final Pattern OOXML_MAIN_PART = Pattern.compile("ContentType=\"([^\"]+\\.main\\+xml)\"");

	private static final Map<String, FileType> OOXML = Map.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", FileType.DOCX,
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", FileType.XLSX,
			"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", FileType.PPTX);

	private static final Map<String, FileType> OLE2_STREAMS = Map.of("WordDocument", FileType.DOC, "Workbook",
			FileType.XLS, "Book", FileType.XLS, "PowerPoint Document", FileType.PPT);

	private static final int TEXT_SAMPLE = 8192;

	private static final int SAMPLE_RECORDS = 10;

	private static final List<String> BLANK_LINE = List.of("");

	private ContentTypes() {
	}

	/** The media type Tika's magic numbers give the start of the stream (which must support mark). */
	static String magic(InputStream markable) throws IOException {
		return MAGIC.detect(markable, new Metadata()).toString();
	}

	/** The allowed type of the file; refuses anything else, naming what it is. */
	static FileType detect(Path file) throws IOException {
		String detected;
		try (InputStream in = TikaInputStream.get(file)) {
			detected = magic(in);
		}
		FileType type;
		if (detected.equals(OLE2)) {
			type = oleDocument(file);
		}
		else if (ZIPS.stream().anyMatch(detected::startsWith)) {
			ZipContent zip = zipDocument(file);
			detected = zip.mediaType() == null ? detected : zip.mediaType();
			type = zip.type();
		}
		else if (detected.equals(FileType.TEXT.mediaType())) {
			type = isDelimited(file) ? FileType.CSV : FileType.TEXT;
		}
		else {
			type = FileType.ofMediaType(detected);
		}
		if (type == null) {
			throw new InvalidInputException(new FieldError("file", "documents.file.typeNotAllowed", detected));
		}
		return type;
	}

	private static FileType oleDocument(Path file) {
		try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = ole.getRoot();
			return OLE2_STREAMS.entrySet().stream()
				.filter(stream -> root.hasEntryCaseInsensitive(stream.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}
		catch (IOException | RuntimeException unreadable) {
			return null;
		}
	}

	private record ZipContent(FileType type, String mediaType) {
	}

	/** OOXML names its main part in {@code [Content_Types].xml}; ODF puts its type in {@code mimetype}. */
	private static ZipContent zipDocument(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry odf = zip.getEntry("mimetype");
			if (odf != null) {
				String mediaType = read(zip, odf, 200).strip();
				FileType type = FileType.ofMediaType(mediaType);
				return new ZipContent(mediaType.startsWith(ODF) ? type : null, mediaType);
			}
			ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
			if (contentTypes != null) {
				Matcher main = OOXML_MAIN_PART.matcher(read(zip, contentTypes, 1 << 20));
				if (main.find()) {
					return new ZipContent(OOXML.get(main.group(1)), main.group(1));
				}
			}
			return new ZipContent(null, "application/zip");
		}
		catch (IOException | RuntimeException unreadable) {
			return new ZipContent(null, null);
		}
	}

	private static String read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
		}
	}

	/** CSV when the first records (at least two) split into the same number of fields, two or more. */
	private static boolean isDelimited(Path file) throws IOException {
		byte[] sample;
		long size;
		try (InputStream in = Files.newInputStream(file)) {
			sample = in.readNBytes(TEXT_SAMPLE);
			size = Files.size(file);
		}
		try {
			CsvReader csv = new CsvReader(new StringReader(new String(sample, StandardCharsets.UTF_8)));
			List<List<String>> records = new ArrayList<>();
			for (List<String> record = csv.next(); record != null && records.size() < SAMPLE_RECORDS; record = csv.next()) {
				if (!record.equals(BLANK_LINE)) {
					records.add(record);
				}
			}
			if (size > sample.length && records.size() > 1) {
				records.remove(records.size() - 1);
			}
			int fields = records.isEmpty() ? 0 : records.get(0).size();
			return records.size() >= 2 && fields >= 2 && records.stream().allMatch(record -> record.size() == fields);
		}
		catch (InvalidInputException unclosedQuoteInSample) {
			return false;
		}
	}
}
