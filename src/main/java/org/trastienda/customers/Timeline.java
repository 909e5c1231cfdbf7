package org.trastienda.customers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditTrail;
import org.trastienda.identity.CurrentUser;

/**
 * What happened to a customer, newest first: its notes and every recorded change about it
 * (from this module and, as they arrive, contracts, invoices, calls). Notes appear once, as
 * notes, not again as their audit entries.
 */
@Component
class Timeline {

	private final ScopedCustomers scoped;

	private final CustomerNoteRepository notes;

	private final AuditTrail trail;

	Timeline(ScopedCustomers scoped, CustomerNoteRepository notes, AuditTrail trail) {
		this.scoped = scoped;
		this.notes = notes;
		this.trail = trail;
	}

	/** The customer's own records' history (the customer and its sub-records), newest first. */
	List<AuditEntryView> history(CurrentUser user, Long customerId, int limit) {
		scoped.require(user, customerId);
		return trail.forCustomer(customerId, CustomerAudit.CUSTOMER, limit);
	}

	List<TimelineEntry> timeline(CurrentUser user, Long customerId, int limit) {
		scoped.require(user, customerId);
		List<TimelineEntry> entries = new ArrayList<>();
		notes.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId, PageRequest.of(0, limit))
			.map(CustomerNote::toView)
			.forEach(note -> entries.add(new TimelineEntry(TimelineEntry.Kind.NOTE, note.createdAt(), note.author(),
					CustomerAudit.NOTE, note.id(), CustomerAudit.CREATED, note.body(), List.of())));
		trail.forCustomer(customerId, limit).stream()
			.filter(entry -> !CustomerAudit.NOTE.equals(entry.entityType()))
			.forEach(entry -> entries.add(new TimelineEntry(TimelineEntry.Kind.CHANGE, entry.occurredAt(),
					entry.actor(), entry.entityType(), entry.entityId(), entry.action(), entry.summary(),
					entry.changes())));
		return entries.stream()
			.sorted(Comparator.comparing(TimelineEntry::at).reversed())
			.limit(limit)
			.toList();
	}
}
