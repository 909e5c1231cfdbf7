/**
 * Users, roles, regions and the data scope derived from them. Owns authentication (form login
 * for the browser, HTTP Basic for the API, one lockout policy for both), the administrator's
 * user and region pages and API, and tells other modules who the current user is and which
 * records they may see. Its pages use the shared list and form conventions of {@code web}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "web" })
package org.trastienda.identity;
