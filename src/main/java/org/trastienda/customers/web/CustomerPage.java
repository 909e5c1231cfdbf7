package org.trastienda.customers.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.trastienda.customers.CertificateView;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerView;
import org.trastienda.customers.ExpiryState;
import org.trastienda.documents.UploadForm;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.web.Htmx;

/**
 * The customer page: header, certificate warning, tab bar and the open tab's records. The
 * sub-record controllers answer with it too: the refreshed tabs after a save (htmx), or the
 * whole page (a plain browser post).
 */
@Component
class CustomerPage {

	static final List<String> TABS = List.of("overview", "contacts", "certificates", "attachments", "timeline",
			"history");

	static final String PAGE = "customers/detail";

	static final String TABS_FRAGMENT = "customers/partials/tabs :: tabs";

	private static final int TIMELINE_LIMIT = 100;

	private static final int HISTORY_LIMIT = 200;

	/** How many certificates of the customer need attention, for the warning banner. */
	record CertificateAlert(long expired, long expiring) {

		static CertificateAlert of(List<CertificateView> certificates) {
			return new CertificateAlert(count(certificates, ExpiryState.EXPIRED), count(certificates, ExpiryState.EXPIRING));
		}

		private static long count(List<CertificateView> certificates, ExpiryState state) {
			return certificates.stream().filter(certificate -> certificate.expiryState() == state).count();
		}
	}

	private final CustomerArchive archive;

	private final UserDirectory users;

	private final MessageSource messages;

	CustomerPage(CustomerArchive archive, UserDirectory users, MessageSource messages) {
		this.archive = archive;
		this.users = users;
		this.messages = messages;
	}

	/** Fills the model for the customer with a tab open (the overview when the name is unknown). */
	void open(Long id, String tab, Model model) {
		String open = TABS.contains(tab) ? tab : TABS.get(0);
		CustomerView customer = archive.get(id);
		List<CertificateView> certificates = archive.certificates(id);
		model.addAttribute("customer", customer);
		model.addAttribute("access", archive.accessTo(id));
		model.addAttribute("tabNames", TABS);
		model.addAttribute("tab", open);
		model.addAttribute("certificateAlert", CertificateAlert.of(certificates));
		model.addAttribute("regionName",
				customer.regionCode() == null ? null
						: users.findRegionByCode(customer.regionCode()).map(RegionView::name).orElse(customer.regionCode()));
		model.addAttribute("ownerName",
				customer.ownerUsername() == null ? null
						: users.findByUsername(customer.ownerUsername()).map(UserSummary::fullName).orElse(customer.ownerUsername()));
		switch (open) {
			case "contacts" -> model.addAttribute("contacts", archive.contacts(id));
			case "certificates" -> model.addAttribute("certificates", certificates);
			case "attachments" -> {
				model.addAttribute("attachments", archive.attachments(id));
				model.addAttribute("mayDeleteAttachments", archive.mayDeleteAttachments());
				if (!model.containsAttribute("upload")) {
					model.addAttribute("upload", new UploadForm());
				}
			}
			case "timeline" -> {
				model.addAttribute("timeline", archive.timeline(id, TIMELINE_LIMIT));
				if (!model.containsAttribute("form")) {
					model.addAttribute("form", new NoteForm());
				}
			}
			case "history" -> model.addAttribute("history", archive.history(id, HISTORY_LIMIT));
			default -> {
			}
		}
	}

	/**
	 * A sub-record form with its errors: the form fragment for htmx, else the page with the tab
	 * open and the form in it.
	 */
	String form(Long id, String tab, String formFragment, Model model, HttpServletRequest request) {
		if (Htmx.isHtmx(request)) {
			model.addAttribute("customer", archive.get(id));
			model.addAttribute("tab", tab);
			return formFragment;
		}
		open(id, tab, model);
		return PAGE;
	}

	/**
	 * After a sub-record was saved: htmx gets the refreshed tabs with the message (swapped in
	 * place of the form's area), a plain post is redirected to the tab with the message.
	 */
	String saved(Long id, String tab, String messageKey, Object argument, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String message = messages.getMessage(messageKey, new Object[] { argument }, LocaleContextHolder.getLocale());
		if (Htmx.isHtmx(request)) {
			response.setHeader("HX-Retarget", "#customer-tabs");
			response.setHeader("HX-Reswap", "outerHTML");
			model.asMap().remove("form");
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			model.addAttribute("tabMessage", message);
			open(id, tab, model);
			return TABS_FRAGMENT;
		}
		return Htmx.redirect(request, response, "/customers/" + id + "?tab=" + tab, message);
	}
}
