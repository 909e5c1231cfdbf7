/**
 * The outbox: every e-mail the application sends is stored here first, in the transaction of
 * whatever caused it, and a scheduled job delivers it through SMTP when a server is configured,
 * retrying with back-off and recording each failure, so no message is lost while the server is down.
 * A message may carry files kept by the document store. The back office sees every message and its
 * state, and can retry one.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "documents", "web" })
package org.trastienda.outbox;
