package org.trastienda.outbox.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trastienda.outbox.Outbox;
import org.trastienda.outbox.OutboxMessageView;
import org.trastienda.outbox.OutboxStatus;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;

/** The outbox pages of the back office: every message and its state, and a retry. */
@Controller
@RequestMapping("/outbox")
class OutboxController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

	private final Outbox outbox;

	private final MessageSource messages;

	OutboxController(Outbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN')")
	String list(@RequestParam(required = false) OutboxStatus status, @RequestParam(required = false) String q,
			@PageableDefault(size = 20) Pageable pageable, HttpServletRequest request, Model model) {
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sortable(pageable.getSort()));
		model.addAttribute("page", outbox.search(status, q, sorted));
		model.addAttribute("list", ListQuery.of(request, sorted.getSort()));
		model.addAttribute("statuses", OutboxStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("mailServerConfigured", outbox.mailServerConfigured());
		return Htmx.view(request, "outbox/list", "results");
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN')")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("message", outbox.get(id));
		return "outbox/detail";
	}

	@PostMapping("/{id}/retry")
	@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN')")
	String retry(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		OutboxMessageView message = outbox.retryNow(id);
		if (!outbox.mailServerConfigured()) {
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("outbox.retry.queued", null, locale));
		}
		else if (message.status() == OutboxStatus.SENT) {
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("outbox.retry.sent", null, locale));
		}
		else {
			redirect.addFlashAttribute("flashError",
					messages.getMessage("outbox.retry.notSent", new Object[] { message.lastError() }, locale));
		}
		return "redirect:/outbox/" + id;
	}

	/** A hand-edited link may name any property: the page keeps the ones it can sort by. */
	private static Sort sortable(Sort requested) {
		Sort known = Sort.by(requested.filter(order -> Outbox.SORTABLE.contains(order.getProperty())).toList());
		return known.isSorted() ? known : NEWEST_FIRST;
	}
}
