package org.trastienda.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.LocalizedException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.PayloadTooLargeException;

/**
 * Every API error as RFC 9457 problem details in the caller's language, with
 * {@code errors: [{field, message}]} for validation. Never a stack trace or SQL.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return withErrors(ex.errors());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
				.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
				.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.invalidInput"));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, MissingServletRequestPartException.class })
	ProblemDetail unreadable(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, text("error.unreadable"));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, text(ex));
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, text(ex));
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", text(ex))));
		}
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(OptimisticLockingFailureException ex) {
		return conflict(ConflictException.staleVersion());
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail rule(BusinessRuleException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, text(ex));
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class, PayloadTooLargeException.class })
	ProblemDetail tooLarge(Exception ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, text("error.tooLarge"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, text("error.forbidden"));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (ex instanceof org.springframework.web.ErrorResponse) {
			throw ex;
		}
		log.error("Unexpected error in API call", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected"));
	}

	private ProblemDetail withErrors(List<FieldError> fieldErrors) {
		List<Map<String, String>> errors = fieldErrors.stream()
				.map(error -> Map.of("field", error.field(), "message", text(error.messageKey(), error.arguments().toArray())))
				.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.invalidInput"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

	private String text(LocalizedException ex) {
		return text(ex.messageKey(), ex.arguments());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
