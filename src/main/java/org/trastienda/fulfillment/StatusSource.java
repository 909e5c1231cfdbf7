package org.trastienda.fulfillment;

/** Where a status update came from: the page, the API, or an imported file of tracking updates. */
public enum StatusSource {
	UI, API, IMPORT
}
