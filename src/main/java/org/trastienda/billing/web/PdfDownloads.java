package org.trastienda.billing.web;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.trastienda.billing.InvoicePdf;
import org.trastienda.documents.Downloads;

/** An invoice's PDF as a download, for the page and the API alike. */
final class PdfDownloads {

	private PdfDownloads() {
	}

	static ResponseEntity<Resource> of(InvoicePdf pdf) {
		return ResponseEntity.ok()
			.headers(Downloads.headers(pdf.filename(), MediaType.APPLICATION_PDF))
			.body(new ByteArrayResource(pdf.content()));
	}
}
