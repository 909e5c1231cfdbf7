/**
 * Values and errors every module speaks: exact money, field errors, the exceptions that map to
 * HTTP statuses, and the application's top-level settings. Open to all modules; depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.trastienda.shared;
