package org.trastienda.customers;

import java.time.Instant;
import java.util.List;

import org.trastienda.audit.Change;

/**
 * One event on a customer's timeline: a note ({@code kind} NOTE, the text in {@code text}) or a
 * recorded change ({@code kind} CHANGE: {@code entityType}, {@code action}, the record's summary
 * in {@code text}, and the field changes).
 */
public record TimelineEntry(Kind kind, Instant at, String actor, String entityType, Long entityId, String action,
		String text, List<Change> changes) {

	public enum Kind {
		NOTE, CHANGE
	}
}
