package org.trastienda.outbox.web;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutboxMessageView;
import org.trastienda.outbox.OutboxStatus;

/** The outbox for API clients of the back office: {@code GET /api/v1/outbox[/{id}]}. */
@RestController
@RequestMapping("/api/v1/outbox")
class OutboxApiController {

	private final Outbox outbox;

	OutboxApiController(Outbox outbox) {
		this.outbox = outbox;
	}

	/** Messages filtered by {@code status} and by {@code q} in recipients or subject, newest first unless {@code sort} says otherwise. */
	@GetMapping
	@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN')")
	PagedModel<OutboxMessageView> list(@RequestParam(required = false) OutboxStatus status,
			@RequestParam(required = false) String q,
			@ParameterObject @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable) {
		return new PagedModel<>(outbox.search(status, q, pageable));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN')")
	OutboxMessageView get(@PathVariable long id) {
		return outbox.get(id);
	}
}
