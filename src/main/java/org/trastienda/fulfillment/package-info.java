/**
 * Fulfilment: the shipments of sales contracts and the receipts of purchase contracts, line by
 * line within what remains to ship (with the contract's over-delivery tolerance), numbered per
 * year with their delivery note; their delivery status from logistics (page, API or a CSV of
 * tracking updates) on the shipment's and contract's timelines, completing the contract's
 * shipment and delivery milestones; returns of delivered goods, verified by the contract's sales
 * rep and never by who registered them; and the shipments-and-returns register. Billing reads
 * what was delivered and returned through {@link org.trastienda.fulfillment.Fulfillment} and
 * listens to {@link org.trastienda.fulfillment.ReturnReceived}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "identity", "audit", "customers", "contracts", "execution", "documents", "web" })
package org.trastienda.fulfillment;
