package org.trastienda.documents;

import org.springframework.validation.BindingResult;
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

	/** A form posted without a file part (not from the page) gets the empty-file message. */
	public void requireFile(BindingResult binding) {
		if (file == null) {
			binding.rejectValue("file", "documents.file.empty", "documents.file.empty");
		}
	}
}
