package org.trastienda.customers.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.customers.CertificateView;
import org.trastienda.customers.CustomerArchive;

/** A customer's licences and certificates. */
@RestController
@RequestMapping("/api/v1/customers/{id}/certificates")
class CustomerCertificateApiController {

	private final CustomerArchive archive;

	CustomerCertificateApiController(CustomerArchive archive) {
		this.archive = archive;
	}

	@GetMapping
	@PreAuthorize(ApiRules.READ)
	List<CertificateView> list(@PathVariable Long id) {
		return archive.certificates(id);
	}

	@PostMapping
	@PreAuthorize(ApiRules.WRITE)
	ResponseEntity<CertificateView> add(@PathVariable Long id, @RequestBody CertificateRequest request) {
		CertificateView certificate = archive.addCertificate(id, request.toData());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/certificates/" + certificate.id()))
			.body(certificate);
	}

	@GetMapping("/{certificateId}")
	@PreAuthorize(ApiRules.READ)
	CertificateView get(@PathVariable Long id, @PathVariable Long certificateId) {
		return archive.certificate(id, certificateId);
	}

	@PutMapping("/{certificateId}")
	@PreAuthorize(ApiRules.WRITE)
	CertificateView update(@PathVariable Long id, @PathVariable Long certificateId,
			@RequestBody CertificateRequest request) {
		return archive.updateCertificate(id, certificateId, request.version(), request.toData());
	}

	@DeleteMapping("/{certificateId}")
	@PreAuthorize(ApiRules.WRITE)
	ResponseEntity<Void> remove(@PathVariable Long id, @PathVariable Long certificateId) {
		archive.removeCertificate(id, certificateId);
		return ResponseEntity.noContent().build();
	}
}
