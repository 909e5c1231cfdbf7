package org.trastienda.execution;

/**
 * A status report queued in the outbox for a recipient.
 *
 * @param fileId the stored PDF, attached to the message
 */
public record StatusReportSent(Long contractId, String recipient, String language, Long fileId, String filename) {
}
