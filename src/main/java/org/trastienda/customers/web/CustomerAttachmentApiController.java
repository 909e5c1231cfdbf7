package org.trastienda.customers.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.trastienda.customers.AttachmentView;
import org.trastienda.customers.CertificateView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.documents.Downloads;

/** Documents filed on customers and certificate scans: upload, list, download, delete. */
@RestController
class CustomerAttachmentApiController {

	private final CustomerArchive archive;

	CustomerAttachmentApiController(CustomerArchive archive) {
		this.archive = archive;
	}

	@GetMapping("/api/v1/customers/{id}/attachments")
	@PreAuthorize(ApiRules.READ)
	List<AttachmentView> list(@PathVariable Long id) {
		return archive.attachments(id);
	}

	@PostMapping("/api/v1/customers/{id}/attachments")
	@PreAuthorize(ApiRules.WRITE)
	ResponseEntity<AttachmentView> upload(@PathVariable Long id, @RequestParam("file") MultipartFile file)
			throws IOException {
		AttachmentView attachment = archive.attach(id, file.getOriginalFilename(), file.getSize(),
				file.getInputStream());
		return ResponseEntity.created(URI.create("/api/v1/attachments/" + attachment.id())).body(attachment);
	}

	@GetMapping("/api/v1/attachments/{attachmentId}")
	@PreAuthorize(ApiRules.READ)
	ResponseEntity<Resource> download(@PathVariable Long attachmentId) {
		return Downloads.attachment(archive.openAttachment(attachmentId));
	}

	@DeleteMapping("/api/v1/attachments/{attachmentId}")
	@PreAuthorize(ApiRules.BACK_OFFICE)
	ResponseEntity<Void> remove(@PathVariable Long attachmentId) {
		archive.removeAttachment(attachmentId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/customers/{id}/certificates/{certificateId}/scan")
	@PreAuthorize(ApiRules.WRITE)
	CertificateView uploadScan(@PathVariable Long id, @PathVariable Long certificateId,
			@RequestParam("file") MultipartFile file) throws IOException {
		return archive.attachCertificateScan(id, certificateId, file.getOriginalFilename(), file.getSize(),
				file.getInputStream());
	}

	@GetMapping("/api/v1/customers/{id}/certificates/{certificateId}/scan")
	@PreAuthorize(ApiRules.READ)
	ResponseEntity<Resource> downloadScan(@PathVariable Long id, @PathVariable Long certificateId) {
		return Downloads.attachment(archive.openCertificateScan(id, certificateId));
	}
}
