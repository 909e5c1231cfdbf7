package org.trastienda.catalog;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** SKU prefixes no other test uses: tests share one database and never assume empty tables. */
public final class TestSkus {

	private static final AtomicLong NEXT = new AtomicLong(System.nanoTime());

	private TestSkus() {
	}

	/** A unique upper-case prefix such as {@code T1XK9Q2P7}, short enough to add a suffix to. */
	public static String next() {
		return "T" + Long.toString(NEXT.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
	}
}
