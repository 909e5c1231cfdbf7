package org.trastienda.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The largest file a form may send, for pages to refuse a bigger one before sending it: {@code ${@uploads.maxBytes()}}. */
@Component("uploads")
public class UploadLimit {

	private final DataSize maxFileSize;

	UploadLimit(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	public long maxBytes() {
		return maxFileSize.toBytes();
	}
}
