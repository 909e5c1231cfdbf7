package org.trastienda.customers.web;

import java.net.URI;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerFilter;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;
import org.trastienda.customers.CustomerView;
import org.trastienda.customers.TimelineEntry;

/** The customer archive's JSON API: customers, their history and timeline. */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApiController {

	private final CustomerArchive archive;

	CustomerApiController(CustomerArchive archive) {
		this.archive = archive;
	}

	@GetMapping
	@PreAuthorize(ApiRules.READ)
	PagedModel<CustomerView> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) CustomerKind kind, @RequestParam(required = false) String region,
			@RequestParam(required = false) String owner, @RequestParam(required = false) CustomerStatus status,
			@PageableDefault(size = 20, sort = "legalName") Pageable pageable) {
		return new PagedModel<>(archive.search(new CustomerFilter(q, kind, region, owner, status), pageable));
	}

	@PostMapping
	@PreAuthorize(ApiRules.WRITE)
	ResponseEntity<CustomerView> create(@RequestBody CustomerRequest request) {
		CustomerView created = archive.create(request.toData());
		return ResponseEntity.created(URI.create("/api/v1/customers/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@PreAuthorize(ApiRules.READ)
	CustomerView get(@PathVariable Long id) {
		return archive.get(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize(ApiRules.EDIT_CUSTOMER)
	CustomerView update(@PathVariable Long id, @RequestBody CustomerRequest request) {
		return archive.update(id, request.version(), request.toData());
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(ApiRules.WRITE)
	CustomerView archive(@PathVariable Long id) {
		return archive.archive(id);
	}

	@GetMapping("/{id}/history")
	@PreAuthorize(ApiRules.READ)
	List<AuditEntryView> history(@PathVariable Long id, @RequestParam(defaultValue = "200") int limit) {
		return archive.history(id, Limits.clamp(limit));
	}

	@GetMapping("/{id}/timeline")
	@PreAuthorize(ApiRules.READ)
	List<TimelineEntry> timeline(@PathVariable Long id, @RequestParam(defaultValue = "50") int limit) {
		return archive.timeline(id, Limits.clamp(limit));
	}
}
