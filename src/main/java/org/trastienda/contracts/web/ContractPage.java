package org.trastienda.contracts.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.contracts.RequiredDocumentType;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.LineItem;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Totals;
import org.trastienda.web.Htmx;

/**
 * The contract page: its header and buttons, and the tab that is open, each tab loading only
 * what it shows; and the answer to a button: back to the page with what happened.
 */
@Component
class ContractPage {

	static final String PAGE = "contracts/detail";

	static final String TABS = "contracts/partials/tabs :: tabs";

	/**
	 * The tabs in order; {@code schedule}, {@code shipments} and {@code invoices} are the execution,
	 * fulfillment and billing modules' fragments.
	 */
	static final List<String> TAB_NAMES = List.of("overview", "amendments", "documents", "history", "approval",
			"schedule", "shipments", "invoices");

	private final Contracts contracts;

	private final MessageSource messages;

	ContractPage(Contracts contracts, MessageSource messages) {
		this.contracts = contracts;
		this.messages = messages;
	}

	void open(Long id, String tab, Model model) {
		if (!TAB_NAMES.contains(tab)) {
			throw new NotFoundException("tab", tab);
		}
		ContractView contract = contracts.get(id);
		model.addAttribute("contract", contract);
		model.addAttribute("access", contracts.accessTo(id));
		model.addAttribute("tab", tab);
		model.addAttribute("tabNames", TAB_NAMES);
		switch (tab) {
			case "overview" -> model.addAttribute("totals", Totals.of(contract.currency(), contract.lines().stream()
				.map(line -> new LineItem(line.quantity(), line.unitPrice(), line.discountPercent(), line.vatRate()))
				.toList()));
			case "amendments" -> {
				model.addAttribute("amendments", contracts.amendments(id));
				model.addAttribute("versions", contracts.versions(id));
			}
			case "documents" -> {
				model.addAttribute("documents", contracts.documents(id));
				model.addAttribute("attachments", contracts.attachments(id));
				model.addAttribute("documentTypes", RequiredDocumentType.values());
			}
			case "history" -> model.addAttribute("history", contracts.history(id));
			case "approval" -> model.addAttribute("approvals", contracts.approvalHistory(id));
			default -> {
				// the schedule, shipments and invoices tabs only hold the placeholder their module fills
			}
		}
	}

	/** Back to the contract page with a message saying what was saved. */
	String redirect(ContractView contract, String messageKey, HttpServletRequest request,
			HttpServletResponse response) {
		return redirect("/contracts/" + contract.id(), messageKey, contract.number(), request, response);
	}

	String redirect(String path, String messageKey, Object argument, HttpServletRequest request,
			HttpServletResponse response) {
		return Htmx.redirect(request, response, path, text(messageKey, argument));
	}

	/**
	 * Runs a button's action and goes back to {@code path}, showing what happened, or why it was
	 * refused (a broken rule, invalid input), in the page's flash area.
	 */
	String act(String path, Supplier<?> action, String messageKey, Object argument, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			action.get();
			return redirect(path, messageKey, argument, request, response);
		}
		catch (BusinessRuleException refused) {
			return refused(path, text(refused.messageKey(), refused.arguments()), request);
		}
		catch (InvalidInputException invalid) {
			FieldError first = invalid.errors().get(0);
			return refused(path, text(first.messageKey(), first.arguments().toArray()), request);
		}
	}

	/** {@link #act} on the contract, back to its page. */
	String act(Long id, Supplier<ContractView> action, String messageKey, HttpServletRequest request,
			HttpServletResponse response) {
		return act("/contracts/" + id, () -> action.get(), messageKey, contracts.get(id).number(), request, response);
	}

	private static String refused(String path, String message, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flashError", message);
		return "redirect:" + path;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
