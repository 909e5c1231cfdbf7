package org.trastienda.contracts.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.trastienda.contracts.ContractAttachmentView;
import org.trastienda.contracts.ContractDocumentView;
import org.trastienda.contracts.Contracts;
import org.trastienda.documents.Downloads;

/** Required documents and filed attachments of a contract. */
@RestController
@RequestMapping("/api/v1/contracts/{id}")
@Tag(name = "Contracts")
class ContractDocumentApiController {

	private final Contracts contracts;

	ContractDocumentApiController(Contracts contracts) {
		this.contracts = contracts;
	}

	@GetMapping("/documents")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "The documents the contract obliges us to deliver")
	List<ContractDocumentView> documents(@PathVariable Long id) {
		return contracts.documents(id);
	}

	@PostMapping("/documents")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "List a required document (PENDING)")
	ResponseEntity<ContractDocumentView> addDocument(@PathVariable Long id, @RequestBody DocumentRequest request) {
		ContractDocumentView document = contracts.addDocument(id, request.toData());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/documents/" + document.id()))
			.body(document);
	}

	@GetMapping("/documents/{documentId}")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "One required document")
	ContractDocumentView document(@PathVariable Long id, @PathVariable Long documentId) {
		return contracts.document(id, documentId);
	}

	@PutMapping("/documents/{documentId}")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Change a required document or move it on",
			description = "status SENT records sentOn (today when absent); RECEIVED needs its file (upload it). "
					+ "Send the version you read: 409 when it is stale.")
	ContractDocumentView updateDocument(@PathVariable Long id, @PathVariable Long documentId,
			@RequestBody DocumentRequest request) {
		return contracts.updateDocument(id, documentId, request.version(), request.toData());
	}

	@DeleteMapping("/documents/{documentId}")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Remove a document still pending")
	ResponseEntity<Void> removeDocument(@PathVariable Long id, @PathVariable Long documentId) {
		contracts.removeDocument(id, documentId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/documents/{documentId}/file")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Upload the received document", description = "It becomes RECEIVED today.")
	ContractDocumentView receiveDocument(@PathVariable Long id, @PathVariable Long documentId,
			@RequestParam("file") MultipartFile file) throws IOException {
		return contracts.receiveDocument(id, documentId, file.getOriginalFilename(), file.getSize(),
				file.getInputStream());
	}

	@GetMapping("/documents/{documentId}/file")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "Download the received document")
	ResponseEntity<Resource> documentFile(@PathVariable Long id, @PathVariable Long documentId) {
		return Downloads.attachment(contracts.openDocumentFile(id, documentId));
	}

	@GetMapping("/attachments")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "Files kept with the contract, such as the signed contract")
	List<ContractAttachmentView> attachments(@PathVariable Long id) {
		return contracts.attachments(id);
	}

	@PostMapping("/attachments")
	@PreAuthorize(AccessRules.WRITE)
	@Operation(summary = "File a document on the contract (PDF, images, office documents; at most 20 MB)")
	ResponseEntity<ContractAttachmentView> attach(@PathVariable Long id, @RequestParam("file") MultipartFile file)
			throws IOException {
		ContractAttachmentView attachment = contracts.attach(id, file.getOriginalFilename(), file.getSize(),
				file.getInputStream());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/attachments/" + attachment.id()))
			.body(attachment);
	}

	@GetMapping("/attachments/{attachmentId}")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "Download a filed document")
	ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long attachmentId) {
		return Downloads.attachment(contracts.openAttachment(id, attachmentId));
	}

	@DeleteMapping("/attachments/{attachmentId}")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Remove a filed document")
	ResponseEntity<Void> remove(@PathVariable Long id, @PathVariable Long attachmentId) {
		contracts.removeAttachment(id, attachmentId);
		return ResponseEntity.noContent().build();
	}
}
