/**
 * Users, roles, regions and the data scope derived from them. Owns authentication (form login
 * for the browser, HTTP Basic for the API, one lockout policy for both) and tells other modules
 * who the current user is and which records they may see.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.trastienda.identity;
