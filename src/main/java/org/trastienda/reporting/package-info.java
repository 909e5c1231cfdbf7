/**
 * Read-only figures over many modules, in SQL: the dashboard now, the statistics later.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity" })
package org.trastienda.reporting;
