package org.trastienda.contracts.web;

/** Why a contract is cancelled. */
record ReasonRequest(String reason) {
}
