package org.trastienda.billing.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.trastienda.billing.InvoiceRequests;
import org.trastienda.billing.Invoicing;
import org.trastienda.contracts.Contracts;

/**
 * The invoices section of the contract page: an htmx fragment the contract's invoices tab loads,
 * with the contract's invoices and invoice requests, the new-invoice button (back office) and the
 * request form (reps and back office).
 */
@Controller
class ContractInvoicesController {

	private final Invoicing invoicing;

	private final InvoiceRequests requests;

	private final Contracts contracts;

	ContractInvoicesController(Invoicing invoicing, InvoiceRequests requests, Contracts contracts) {
		this.invoicing = invoicing;
		this.requests = requests;
		this.contracts = contracts;
	}

	@GetMapping("/contracts/{contractId}/invoices")
	@PreAuthorize(AccessRules.READ)
	String invoices(@PathVariable Long contractId, Model model) {
		model.addAttribute("contract", contracts.get(contractId));
		model.addAttribute("invoices", invoicing.ofContract(contractId));
		model.addAttribute("requests", requests.ofContract(contractId));
		model.addAttribute("mayPrepare", invoicing.mayPrepare());
		model.addAttribute("mayRequest", requests.mayRequest());
		return "billing/contract-invoices :: invoices";
	}
}
