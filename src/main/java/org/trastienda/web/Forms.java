package org.trastienda.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/** Puts the service's field errors beside the form's fields, so the form shows them inline. */
public final class Forms {

	private Forms() {
	}

	/**
	 * Runs a form's action and answers its view; when the service refuses, answers the form again
	 * with the reasons beside the fields: 422 for invalid input or a broken rule, 409 for a
	 * conflict (a duplicate beside its field, a stale version as the model's {@code conflict} alert).
	 *
	 * @param action what the form does; answers the view on success (usually {@link Htmx#redirect})
	 * @param form fills the model for the form again and answers its view
	 */
	public static String submit(BindingResult binding, Model model, HttpServletResponse response,
			Supplier<String> action, Supplier<String> form) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form.get();
		}
		try {
			return action.get();
		}
		catch (InvalidInputException ex) {
			reject(binding, ex);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (BusinessRuleException ex) {
			binding.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ConflictException ex) {
			model.addAttribute("conflict", reject(binding, ex));
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return form.get();
	}

	/** Field paths are the API's names ({@code address.city}); the form object mirrors them. */
	public static void reject(BindingResult binding, InvalidInputException ex) {
		for (FieldError error : ex.errors()) {
			Object[] arguments = error.arguments().toArray();
			if (hasField(binding, error.field())) {
				binding.rejectValue(error.field(), error.messageKey(), arguments, error.messageKey());
			}
			else {
				binding.reject(error.messageKey(), arguments, error.messageKey());
			}
		}
	}

	/** A duplicate goes beside its field (or above the form); answers true when the conflict is a stale version. */
	private static boolean reject(BindingResult binding, ConflictException ex) {
		if ("version".equals(ex.field())) {
			return true;
		}
		if (ex.field() != null && hasField(binding, ex.field())) {
			binding.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		return false;
	}

	private static boolean hasField(BindingResult binding, String field) {
		return binding.getTarget() != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field);
	}
}
