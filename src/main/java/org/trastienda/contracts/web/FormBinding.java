package org.trastienda.contracts.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the contract pages bind what is posted: empty inputs mean "none", as in the API, and a
 * lines form may hold more rows than the binder's default.
 */
@ControllerAdvice(assignableTypes = { ContractController.class, ContractRecordsController.class })
class FormBinding {

	@InitBinder
	void blankIsNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@InitBinder("form")
	void rows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(LinesForm.MAX_ROWS);
	}
}
