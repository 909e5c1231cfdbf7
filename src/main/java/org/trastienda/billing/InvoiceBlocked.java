package org.trastienda.billing;

import java.util.List;

import org.trastienda.shared.BusinessRuleException;

/** Issuing refused: the pre-check found blocking findings no approved override covers. Answers 422 with all findings. */
public class InvoiceBlocked extends BusinessRuleException {

	private final transient List<Finding> findings;

	InvoiceBlocked(List<Finding> findings) {
		super("billing.invoice.blocked", findings.stream().filter(Finding::blocking).count());
		this.findings = List.copyOf(findings);
	}

	public List<Finding> findings() {
		return findings;
	}
}
