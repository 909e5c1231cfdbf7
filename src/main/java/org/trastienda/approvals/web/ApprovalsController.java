package org.trastienda.approvals.web;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trastienda.approvals.ApprovalFilter;
import org.trastienda.approvals.ApprovalStatus;
import org.trastienda.approvals.ApprovalView;
import org.trastienda.approvals.Approvals;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;

/**
 * The approvals inbox: what the user may decide, what they asked for, everything they may see; a
 * request's page with its decisions so far and the approve and reject form. A refused decision
 * answers the form again with the reason (422, or 409 when the request was closed meanwhile) so htmx
 * swaps it in place.
 */
@Controller
@RequestMapping("/approvals")
class ApprovalsController {

	/** The inbox's tabs. */
	enum Tab {
		DECIDE, REQUESTED, ALL;

		static Tab of(String name) {
			for (Tab tab : values()) {
				if (tab.name().equalsIgnoreCase(name)) {
					return tab;
				}
			}
			return DECIDE;
		}

		String param() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "requestedAt");

	private static final String DETAIL = "approvals/detail";

	private final Approvals approvals;

	private final UserDirectory users;

	private final MessageSource messages;

	ApprovalsController(Approvals approvals, UserDirectory users, MessageSource messages) {
		this.approvals = approvals;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(required = false) String tab, @RequestParam(required = false) ApprovalStatus status,
			@RequestParam(required = false) String type, @PageableDefault(size = 20) Pageable pageable,
			HttpServletRequest request, Model model) {
		Tab shown = Tab.of(tab);
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sortable(pageable.getSort()));
		ApprovalFilter filter = new ApprovalFilter(shown == Tab.DECIDE, shown == Tab.REQUESTED,
				shown == Tab.DECIDE ? null : status, type);
		model.addAttribute("page", approvals.search(filter, sorted));
		model.addAttribute("list", ListQuery.of(request, sorted.getSort()));
		model.addAttribute("tab", shown.param());
		model.addAttribute("status", status);
		model.addAttribute("type", filter.subjectType());
		model.addAttribute("statuses", ApprovalStatus.values());
		model.addAttribute("types", approvals.subjectTypes());
		return Htmx.view(request, "approvals/list", "results");
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("decision", new DecisionForm());
		return show(id, model);
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("isAuthenticated()")
	String approve(@PathVariable long id, @ModelAttribute("decision") DecisionForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return decide(id, () -> approvals.approve(id, form.getComment()), binding, model, request, response);
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("isAuthenticated()")
	String reject(@PathVariable long id, @ModelAttribute("decision") DecisionForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		return decide(id, () -> approvals.reject(id, form.getComment()), binding, model, request, response);
	}

	private String decide(long id, Supplier<ApprovalView> decision, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response, () -> {
			ApprovalView decided = decision.get();
			return Htmx.redirect(request, response, "/approvals/" + id,
					text("approvals.decided." + decided.status(), decided.reference()));
		}, () -> {
			model.addAttribute("refused", true);
			show(id, model);
			return Htmx.view(request, DETAIL, "decisionPanel");
		});
	}

	private String show(long id, Model model) {
		ApprovalView approval = approvals.get(id);
		model.addAttribute("approval", approval);
		model.addAttribute("authorName",
				users.findByUsername(approval.author()).map(UserSummary::fullName).orElse(approval.author()));
		return DETAIL;
	}

	/** A hand-edited link may name any property: the page keeps the ones it can sort by. */
	private static Sort sortable(Sort requested) {
		Sort known = Sort.by(requested.filter(order -> Approvals.SORTABLE.contains(order.getProperty())).toList());
		return known.isSorted() ? known : NEWEST_FIRST;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
