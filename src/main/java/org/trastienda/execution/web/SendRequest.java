package org.trastienda.execution.web;

/** {@code POST .../status-report/send}: a contact of the party or an e-mail address. */
record SendRequest(Long contactId, String email) {
}
