package org.trastienda.execution;

/**
 * A contract's status report as a PDF.
 *
 * @param language the language it is written in ({@code es} or {@code en}): the party's billing language
 */
public record StatusReport(String filename, String language, byte[] content) {
}
