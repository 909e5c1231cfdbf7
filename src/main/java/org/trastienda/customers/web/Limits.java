package org.trastienda.customers.web;

/** Keeps a client's {@code limit} parameter between 1 and 500. */
final class Limits {

	private Limits() {
	}

	static int clamp(int limit) {
		return Math.max(1, Math.min(limit, 500));
	}
}
