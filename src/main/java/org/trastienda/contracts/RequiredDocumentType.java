package org.trastienda.contracts;

/** The documents contracts oblige us to deliver; any other is named by the user. */
public enum RequiredDocumentType {
	QUALITY_INSPECTION_REPORT, CERTIFICATE_OF_CONFORMITY, OTHER
}
