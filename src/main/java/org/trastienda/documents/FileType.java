package org.trastienda.documents;

import java.util.List;

/** The kinds of file the store accepts, with the extensions a name of that kind may end with. */
enum FileType {

	PDF("application/pdf", "pdf"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
	GIF("image/gif", "gif"),
	WEBP("image/webp", "webp"),
	DOC("application/msword", "doc", "dot"),
	XLS("application/vnd.ms-excel", "xls", "xlt"),
	PPT("application/vnd.ms-powerpoint", "ppt", "pps", "pot"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	ODT("application/vnd.oasis.opendocument.text", "odt"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
	ODP("application/vnd.oasis.opendocument.presentation", "odp"),
	CSV("text/csv", "csv", "txt", "tsv"),
	TEXT("text/plain", "txt", "text", "log", "md", "csv", "tsv");

	private final String mediaType;

	private final List<String> extensions;

	FileType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	String mediaType() {
		return mediaType;
	}

	/** The extension a name gets when it has none of this type's. */
	String extension() {
		return extensions.get(0);
	}

	boolean allowsExtension(String extension) {
		return extensions.contains(extension);
	}

	static FileType ofMediaType(String mediaType) {
		for (FileType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return type;
			}
		}
		return null;
	}
}
