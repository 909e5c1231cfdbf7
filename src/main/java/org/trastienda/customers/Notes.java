package org.trastienda.customers;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;

/** Free notes on a customer, newest first. */
@Component
class Notes {

	private final ScopedCustomers scoped;

	private final CustomerNoteRepository notes;

	private final CustomerAudit audit;

	private final Clock clock;

	Notes(ScopedCustomers scoped, CustomerNoteRepository notes, CustomerAudit audit, Clock clock) {
		this.scoped = scoped;
		this.notes = notes;
		this.audit = audit;
		this.clock = clock;
	}

	Page<NoteView> list(CurrentUser user, Long customerId, Pageable pageable) {
		scoped.require(user, customerId);
		Pageable unsorted = PageRequest.of(pageable.getPageNumber(),
				Math.min(pageable.getPageSize(), CustomerArchive.MAX_PAGE_SIZE));
		return notes.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId, unsorted).map(CustomerNote::toView);
	}

	NoteView add(CurrentUser user, Long customerId, String text) {
		scoped.requireFullAccess(user, customerId);
		String body = CustomerInput.trim(text);
		new FieldChecks().text("body", body, 4000, true).throwIfAny();
		CustomerNote note = notes.saveAndFlush(new CustomerNote(customerId, body, user.username(), clock.instant()));
		audit.record(CustomerAudit.NOTE, note.getId(), customerId, CustomerAudit.CREATED,
				body.length() > 100 ? body.substring(0, 100) + "…" : body, user, new Changes().created("body", body));
		return note.toView();
	}
}
