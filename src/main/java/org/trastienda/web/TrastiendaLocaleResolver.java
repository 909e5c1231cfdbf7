package org.trastienda.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Spanish or English. The API follows {@code Accept-Language}; the browser follows the language
 * the user picked (a cookie), Spanish until they pick one.
 */
class TrastiendaLocaleResolver extends CookieLocaleResolver {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	TrastiendaLocaleResolver() {
		super("trastienda-lang");
		setCookieMaxAge(java.time.Duration.ofDays(365));
		setDefaultLocaleFunction(request -> SPANISH);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return request.getHeader("Accept-Language") == null ? SPANISH
					: WebConfiguration.supported(request.getLocale());
		}
		return WebConfiguration.supported(super.resolveLocale(request));
	}

	/** What the dispatcher uses for every message of the request: the same rules, read when asked. */
	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		return () -> resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		super.setLocale(request, response, WebConfiguration.supported(locale));
	}
}
