package org.trastienda.fulfillment;

/**
 * What the signed-in user may do to one return now; pages show only these buttons, and the
 * service refuses the rest.
 *
 * @param mayVerify confirm reason and quantities (the contract's rep or above, not who registered it)
 * @param mayReceive record the goods back (back office)
 * @param mayClose close a received return (back office)
 * @param mayReject refuse it with a reason
 */
public record ReturnAccess(boolean mayVerify, boolean mayReceive, boolean mayClose, boolean mayReject) {
}
