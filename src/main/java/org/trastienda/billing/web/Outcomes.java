package org.trastienda.billing.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.LocalizedException;
import org.trastienda.web.Htmx;

/**
 * The answer to a button on a billing page: on to the page the action leads to, saying what happened,
 * or back to the page it came from, saying why it was refused (a broken rule, invalid input, a conflict).
 */
@Component
class Outcomes {

	private final MessageSource messages;

	Outcomes(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param action runs the button's work and answers the path to go to
	 * @param back where to show a refusal
	 */
	String act(Supplier<String> action, String back, String messageKey, HttpServletRequest request,
			HttpServletResponse response) {
		String next;
		try {
			next = action.get();
		}
		catch (BusinessRuleException | ConflictException refused) {
			LocalizedException localized = refused;
			return refused(back, text(localized.messageKey(), localized.arguments()), request);
		}
		catch (InvalidInputException invalid) {
			FieldError first = invalid.errors().get(0);
			return refused(back, text(first.messageKey(), first.arguments().toArray()), request);
		}
		return Htmx.redirect(request, response, next, text(messageKey));
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static String refused(String path, String message, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flashError", message);
		return "redirect:" + path;
	}
}
