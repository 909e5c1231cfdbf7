package org.trastienda.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/** Puts the service's field errors beside the form's fields, so the form shows them inline. */
public final class Forms {

	private Forms() {
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

	private static boolean hasField(BindingResult binding, String field) {
		return binding.getTarget() != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field);
	}
}
