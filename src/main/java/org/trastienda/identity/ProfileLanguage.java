package org.trastienda.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user's language follows them: picking one ({@code ?lang=}) while signed in also saves it to
 * their profile, and logging in sets the language cookie from the profile.
 */
@Configuration
class ProfileLanguage implements WebMvcConfigurer {

	private final Accounts accounts;

	private final UserDirectory directory;

	ProfileLanguage(Accounts accounts, UserDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String language = request.getParameter("lang");
				if (language != null && Accounts.LANGUAGES.contains(language) && directory.current().isPresent()) {
					accounts.changeOwnLanguage(language);
				}
				return true;
			}
		}).excludePathPatterns("/api/**");
	}

	/** After a form login: the profile's language, then wherever the user was headed (home by default). */
	static class OnLogin extends SavedRequestAwareAuthenticationSuccessHandler {

		private final LocaleResolver locales;

		OnLogin(LocaleResolver locales) {
			this.locales = locales;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			if (authentication.getPrincipal() instanceof SignedInUser signedIn) {
				locales.setLocale(request, response, Locale.forLanguageTag(signedIn.user().language()));
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}
	}
}
