package org.trastienda.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Responses that make the browser save a file instead of showing it: {@code Content-Disposition:
 * attachment} with an ASCII {@code filename} and the exact UTF-8 {@code filename*} (RFC 6266 and
 * 5987), the real content type, and {@code nosniff} so the browser never guesses another one.
 */
public final class Downloads {

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private Downloads() {
	}

	/** A stored file as a download. */
	public static ResponseEntity<Resource> attachment(OpenedFile opened) {
		StoredFile file = opened.file();
		return ResponseEntity.ok()
			.headers(headers(file.filename(), MediaType.parseMediaType(file.contentType())))
			.contentLength(file.size())
			.body(opened.content());
	}

	/** Streams an export into the response as a download. */
	public static void send(SpreadsheetExport export, HttpServletResponse response) {
		headers(export.filename(), export.format().mediaType())
			.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		try {
			export.writeTo(response.getOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The headers of any download, e.g. an export written while it streams. */
	public static HttpHeaders headers(String filename, MediaType contentType) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(contentType);
		headers.set(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + percentEncoded(filename));
		headers.set("X-Content-Type-Options", "nosniff");
		return headers;
	}

	private static String asciiFallback(String filename) {
		String withoutAccents = Normalizer.normalize(filename, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return withoutAccents.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
	}

	private static String percentEncoded(String filename) {
		ByteArrayOutputStream encoded = new ByteArrayOutputStream();
		for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
				encoded.write(c);
			}
			else {
				encoded.writeBytes(String.format("%%%02X", b & 0xFF).getBytes(StandardCharsets.US_ASCII));
			}
		}
		return encoded.toString(StandardCharsets.US_ASCII);
	}
}
