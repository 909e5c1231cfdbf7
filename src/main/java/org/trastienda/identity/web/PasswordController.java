package org.trastienda.identity.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.trastienda.identity.Accounts;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;

/** Any signed-in user changes their own password. */
@Controller
@RequestMapping("/account/password")
@PreAuthorize("isAuthenticated()")
class PasswordController {

	private static final String PAGE = "identity/password";

	private final Accounts accounts;

	private final MessageSource messages;

	PasswordController(Accounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("password", new PasswordForm());
		return PAGE;
	}

	@PostMapping
	String change(@ModelAttribute("password") PasswordForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!Objects.equals(form.getNewPassword(), form.getConfirmPassword())) {
			binding.rejectValue("confirmPassword", "identity.password.mismatch");
		}
		return Forms.submit(binding, model, response, () -> {
			accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
			return Htmx.redirect(request, response, "/",
					messages.getMessage("identity.password.changed", null, LocaleContextHolder.getLocale()));
		}, () -> Htmx.view(request, PAGE, "passwordForm"));
	}
}
