package org.trastienda.audit;

/** One field's old and new value, as text. */
public record Change(String field, String oldValue, String newValue) {
}
