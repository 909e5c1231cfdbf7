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
import org.trastienda.customers.ContactView;
import org.trastienda.customers.CustomerArchive;

/** A customer's contact persons. */
@RestController
@RequestMapping("/api/v1/customers/{id}/contacts")
class CustomerContactApiController {

	private final CustomerArchive archive;

	CustomerContactApiController(CustomerArchive archive) {
		this.archive = archive;
	}

	@GetMapping
	@PreAuthorize(ApiRules.READ)
	List<ContactView> list(@PathVariable Long id) {
		return archive.contacts(id);
	}

	@PostMapping
	@PreAuthorize(ApiRules.WRITE)
	ResponseEntity<ContactView> add(@PathVariable Long id, @RequestBody ContactRequest request) {
		ContactView contact = archive.addContact(id, request.toData());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/contacts/" + contact.id()))
			.body(contact);
	}

	@GetMapping("/{contactId}")
	@PreAuthorize(ApiRules.READ)
	ContactView get(@PathVariable Long id, @PathVariable Long contactId) {
		return archive.contact(id, contactId);
	}

	@PutMapping("/{contactId}")
	@PreAuthorize(ApiRules.WRITE)
	ContactView update(@PathVariable Long id, @PathVariable Long contactId, @RequestBody ContactRequest request) {
		return archive.updateContact(id, contactId, request.version(), request.toData());
	}

	@DeleteMapping("/{contactId}")
	@PreAuthorize(ApiRules.WRITE)
	ResponseEntity<Void> remove(@PathVariable Long id, @PathVariable Long contactId) {
		archive.removeContact(id, contactId);
		return ResponseEntity.noContent().build();
	}
}
