package org.trastienda.documents;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/** The spreadsheet formats the application exports. */
public enum SpreadsheetFormat {

	CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")),
	XLSX("xlsx", MediaType.parseMediaType(FileType.XLSX.mediaType()));

	private final String extension;

	private final MediaType mediaType;

	SpreadsheetFormat(String extension, MediaType mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	/** The format a request parameter names ({@code csv} or {@code xlsx}); 400 on field {@code format} otherwise. */
	public static SpreadsheetFormat of(String parameter) {
		for (SpreadsheetFormat format : values()) {
			if (format.extension.equals(parameter == null ? null : parameter.toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw new InvalidInputException(new FieldError("format", "documents.spreadsheet.unknownFormat", parameter));
	}
}
