package org.trastienda.customers.web;

import org.springframework.web.multipart.MultipartFile;

/** A file chosen in an upload form; errors about it show beside the field {@code file}. */
public class UploadForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}
}
