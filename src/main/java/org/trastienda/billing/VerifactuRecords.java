package org.trastienda.billing;

import org.springframework.stereotype.Component;

/** The VERI*FACTU records of issued and cancelled invoices, through the verifactu module. */
@Component
class VerifactuRecords {

	/** Writes the registro de alta of the invoice about to be frozen with this number; answers its huella. */
	String registerIssue(Invoice invoice, IssuedNumber number, Party issuer) {
		return null;
	}

	/** Writes the registro de anulación of an issued invoice. */
	void registerCancellation(Invoice invoice) {
	}

	/** The AEAT QR code of an issued invoice as a PNG data URI, or null. */
	String qrDataUri(Invoice invoice) {
		return null;
	}
}
