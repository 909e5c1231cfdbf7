package org.trastienda.billing;

/**
 * What the signed-in user may do to one invoice now: pages show only these buttons, the service
 * refuses the rest.
 *
 * @param mayEdit change or delete the draft
 * @param mayIssue issue the draft
 * @param mayRequestOverride ask to issue despite its price or quantity findings
 * @param mayRectify draft a rectifying invoice of the issued invoice
 * @param mayCancel cancel the issued invoice (whether the rules allow it is checked on the attempt)
 * @param maySend e-mail the issued invoice to the customer
 */
public record InvoiceAccess(boolean mayEdit, boolean mayIssue, boolean mayRequestOverride, boolean mayRectify,
		boolean mayCancel, boolean maySend) {
}
