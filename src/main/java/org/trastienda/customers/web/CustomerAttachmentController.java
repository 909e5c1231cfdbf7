package org.trastienda.customers.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.trastienda.customers.AttachmentView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.documents.Downloads;
import org.trastienda.documents.UploadForm;
import org.trastienda.shared.NotFoundException;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;

/**
 * Files on the customer page: documents on the attachments tab and certificate scans on the
 * certificates tab. Uploads are checked by content in the file store; downloads are served as
 * attachments, never shown inline.
 */
@Controller
class CustomerAttachmentController {

	private static final String ATTACHMENTS = "attachments";

	private static final String CERTIFICATES = "certificates";

	private final CustomerArchive archive;

	private final CustomerPage page;

	CustomerAttachmentController(CustomerArchive archive, CustomerPage page) {
		this.archive = archive;
		this.page = page;
	}

	@PostMapping("/customers/{id}/attachments")
	@PreAuthorize(ApiRules.WRITE)
	String upload(@PathVariable Long id, @ModelAttribute("upload") UploadForm upload, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		upload.requireFile(binding);
		return Forms.submit(binding, model, response, () -> {
			AttachmentView attachment = archive.attach(id, upload.getFile().getOriginalFilename(),
					upload.getFile().getSize(), content(upload.getFile()));
			return page.saved(id, ATTACHMENTS, "customers.ui.attachment.added", attachment.filename(), model, request,
					response);
		}, () -> tabAgain(id, ATTACHMENTS, model, request));
	}

	@GetMapping("/customers/{id}/attachments/{attachmentId}")
	@PreAuthorize(ApiRules.READ)
	ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long attachmentId) {
		requireOf(id, attachmentId);
		return Downloads.attachment(archive.openAttachment(attachmentId));
	}

	@DeleteMapping("/customers/{id}/attachments/{attachmentId}")
	@PreAuthorize(ApiRules.BACK_OFFICE)
	String remove(@PathVariable Long id, @PathVariable Long attachmentId, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		AttachmentView attachment = requireOf(id, attachmentId);
		archive.removeAttachment(attachmentId);
		return page.saved(id, ATTACHMENTS, "customers.ui.attachment.removed", attachment.filename(), model, request,
				response);
	}

	@PostMapping("/customers/{id}/certificates/{certificateId}/scan")
	@PreAuthorize(ApiRules.WRITE)
	String uploadScan(@PathVariable Long id, @PathVariable Long certificateId,
			@ModelAttribute("upload") UploadForm upload, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		upload.requireFile(binding);
		return Forms.submit(binding, model, response, () -> {
			var certificate = archive.attachCertificateScan(id, certificateId, upload.getFile().getOriginalFilename(),
					upload.getFile().getSize(), content(upload.getFile()));
			return page.saved(id, CERTIFICATES, "customers.ui.certificate.scanAttached", certificate.type(), model,
					request, response);
		}, () -> tabAgain(id, CERTIFICATES, model, request));
	}

	@GetMapping("/customers/{id}/certificates/{certificateId}/scan")
	@PreAuthorize(ApiRules.READ)
	ResponseEntity<Resource> downloadScan(@PathVariable Long id, @PathVariable Long certificateId) {
		return Downloads.attachment(archive.openCertificateScan(id, certificateId));
	}

	/** The attachment, if it is filed on this customer (and visible to the caller). */
	private AttachmentView requireOf(Long customerId, Long attachmentId) {
		AttachmentView attachment = archive.attachment(attachmentId);
		if (!attachment.customerId().equals(customerId)) {
			throw new NotFoundException("CustomerAttachment", attachmentId);
		}
		return attachment;
	}

	private String tabAgain(Long id, String tab, Model model, HttpServletRequest request) {
		page.open(id, tab, model);
		return Htmx.isHtmx(request) ? CustomerPage.TABS_FRAGMENT : CustomerPage.PAGE;
	}

	private static InputStream content(MultipartFile file) {
		try {
			return file.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
