package org.trastienda.customers.web;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.NoteView;

/** Free notes on a customer, newest first. */
@RestController
@RequestMapping("/api/v1/customers/{id}/notes")
class CustomerNoteApiController {

	private final CustomerArchive archive;

	CustomerNoteApiController(CustomerArchive archive) {
		this.archive = archive;
	}

	record NoteRequest(String body) {
	}

	@GetMapping
	@PreAuthorize(ApiRules.READ)
	PagedModel<NoteView> list(@PathVariable Long id, @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(archive.notes(id, pageable));
	}

	@PostMapping
	@PreAuthorize(ApiRules.WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	NoteView add(@PathVariable Long id, @RequestBody NoteRequest request) {
		return archive.addNote(id, request.body());
	}
}
