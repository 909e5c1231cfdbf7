package org.trastienda.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.LocalizedException;
import org.trastienda.shared.NotFoundException;

/** Errors that escape an HTML controller become the error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
class HtmlExceptionHandler {

	private final MessageSource messages;

	HtmlExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	/** Bad parameters in an address, such as an unknown sort column (forms show their errors themselves). */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex, HttpServletRequest request) {
		FieldError first = ex.errors().get(0);
		return page(request, HttpStatus.BAD_REQUEST, first.messageKey(), first.arguments().toArray());
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request) {
		return page(request, HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex, HttpServletRequest request) {
		return page(request, HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView stale(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return page(request, HttpStatus.CONFLICT, ConflictException.staleVersion());
	}

	@ExceptionHandler(BusinessRuleException.class)
	ModelAndView rule(BusinessRuleException ex, HttpServletRequest request) {
		return page(request, HttpStatus.UNPROCESSABLE_CONTENT, ex);
	}

	private ModelAndView page(HttpServletRequest request, HttpStatus status, LocalizedException ex) {
		return page(request, status, ex.messageKey(), ex.arguments());
	}

	/** The error page; the layout's model attributes are not added to an exception handler's view, so here. */
	private ModelAndView page(HttpServletRequest request, HttpStatus status, String messageKey, Object[] arguments) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("currentPath", LayoutModel.currentPathOf(request));
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale()));
		return page;
	}
}
