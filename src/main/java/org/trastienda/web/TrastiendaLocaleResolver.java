package org.trastienda.web;

import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
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

	/**
	 * What {@code LocaleContextHolder} (messages, error details) reads: the same choice as
	 * {@link #resolveLocale}, evaluated lazily so a {@code ?lang=} switch in this request counts.
	 */
	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		TimeZoneAwareLocaleContext cookie = (TimeZoneAwareLocaleContext) super.resolveLocaleContext(request);
		return new TimeZoneAwareLocaleContext() {

			@Override
			public Locale getLocale() {
				return resolveLocale(request);
			}

			@Override
			public TimeZone getTimeZone() {
				return cookie.getTimeZone();
			}
		};
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		super.setLocale(request, response, WebConfiguration.supported(locale));
	}
}
