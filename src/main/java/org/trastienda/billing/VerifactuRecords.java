package org.trastienda.billing;

import org.springframework.stereotype.Component;
import org.trastienda.verifactu.InvoiceCancellation;
import org.trastienda.verifactu.InvoiceRegistration;
import org.trastienda.verifactu.VerifactuChain;

/** The VERI*FACTU records of issued and cancelled invoices, through the verifactu module's chain. */
@Component
class VerifactuRecords {

	private final VerifactuChain chain;

	VerifactuRecords(VerifactuChain chain) {
		this.chain = chain;
	}

	/** Appends the registro de alta of the invoice about to be frozen with this number; answers its huella. */
	String registerIssue(Invoice invoice, IssuedNumber number, Party issuer) {
		return chain.registerIssue(new InvoiceRegistration(issuer.taxId(), number.text(), number.issueDate(),
				invoice.getType().name(), invoice.getTaxTotal(), invoice.getGrossTotal(), invoice.getId()))
			.huella();
	}

	/** Appends the registro de anulación of an issued invoice. */
	void registerCancellation(Invoice invoice) {
		chain.registerCancellation(new InvoiceCancellation(invoice.getIssuerTaxId(), invoice.getInvoiceNumber(),
				invoice.getIssueDate(), invoice.getId()));
	}

	/** The AEAT QR code of an issued invoice, as a PNG data URI. */
	String qrDataUri(Invoice invoice) {
		return chain.qrPngDataUri(chain.qrUrl(invoice.getIssuerTaxId(), invoice.getInvoiceNumber(),
				invoice.getIssueDate(), invoice.getGrossTotal()));
	}
}
