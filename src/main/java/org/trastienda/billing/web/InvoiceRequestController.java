package org.trastienda.billing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trastienda.billing.InvoiceRequestData;
import org.trastienda.billing.InvoiceRequestFilter;
import org.trastienda.billing.InvoiceRequestStatus;
import org.trastienda.billing.InvoiceRequests;
import org.trastienda.web.ListQuery;
import org.trastienda.web.Paging;

/**
 * The invoice requests page: the requests the user can see (a rep his own contracts'), with the back
 * office's reserve and reject forms and the link that prepares the draft; and the request form on the
 * contract page posts here.
 */
@Controller
@RequestMapping("/invoice-requests")
class InvoiceRequestController {

	private final InvoiceRequests requests;

	private final Outcomes outcomes;

	InvoiceRequestController(InvoiceRequests requests, Outcomes outcomes) {
		this.requests = requests;
		this.outcomes = outcomes;
	}

	@GetMapping
	@PreAuthorize(AccessRules.READ)
	String list(@RequestParam(required = false) InvoiceRequestStatus status,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		Paging.Request paging = Paging.of(page, null, null, Map.of("id", "id"), "id");
		model.addAttribute("status", status);
		model.addAttribute("statuses", InvoiceRequestStatus.values());
		model.addAttribute("page", requests.search(new InvoiceRequestFilter(status, null, null),
				PageRequest.of(paging.pageable().getPageNumber(), paging.pageable().getPageSize())));
		model.addAttribute("list", ListQuery.of(request, paging.sort()));
		model.addAttribute("mayHandle", requests.mayHandle());
		model.addAttribute("clerks", requests.mayHandle() ? requests.clerks() : List.of());
		return "billing/requests";
	}

	@PostMapping
	@PreAuthorize(AccessRules.REQUEST)
	String create(@RequestParam Long contractId, @RequestParam(required = false) String note,
			HttpServletRequest request, HttpServletResponse response) {
		String contractPage = "/contracts/" + contractId + "?tab=invoices";
		return outcomes.act(() -> {
			requests.create(new InvoiceRequestData(contractId, note));
			return contractPage;
		}, contractPage, "billing.ui.requested", request, response);
	}

	@PostMapping("/{id}/reserve")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String reserve(@PathVariable Long id, @RequestParam(required = false) String assignedTo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedOn,
			HttpServletRequest request, HttpServletResponse response) {
		return outcomes.act(() -> {
			requests.reserve(id, null, assignedTo, expectedOn);
			return "/invoice-requests";
		}, "/invoice-requests", "billing.ui.reserved", request, response);
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String reject(@PathVariable Long id, @RequestParam(required = false) String reason, HttpServletRequest request,
			HttpServletResponse response) {
		return outcomes.act(() -> {
			requests.reject(id, null, reason);
			return "/invoice-requests";
		}, "/invoice-requests", "billing.ui.rejected", request, response);
	}
}
