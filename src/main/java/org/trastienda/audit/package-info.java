/**
 * The audit trail every business record keeps: who did what, when, and each field's old and new
 * value. Entries about a customer's records also make up that customer's timeline.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.trastienda.audit;
