package org.trastienda.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the fields that differ between two states of a record. */
public final class Changes {

	private final List<Change> changes = new ArrayList<>();

	/** Records the field when its value changed (numbers compare by value, not scale). */
	public Changes field(String name, Object oldValue, Object newValue) {
		if (!same(oldValue, newValue)) {
			changes.add(new Change(name, text(oldValue), text(newValue)));
		}
		return this;
	}

	/** Records every field of a new record, old value empty. */
	public Changes created(String name, Object value) {
		if (value != null && !text(value).isEmpty()) {
			changes.add(new Change(name, null, text(value)));
		}
		return this;
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	public List<Change> list() {
		return List.copyOf(changes);
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(normalize(a), normalize(b));
	}

	private static Object normalize(Object value) {
		return value instanceof String s && s.isEmpty() ? null : value;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		String text = value.toString();
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}
}
