/**
 * What every screen and endpoint shares: the layout, language switching, htmx conventions, and
 * the translation of errors into problem details (API) and error pages (browser).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.trastienda.web;
