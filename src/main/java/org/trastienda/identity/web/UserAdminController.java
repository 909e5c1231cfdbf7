package org.trastienda.identity.web;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trastienda.identity.AccountStatus;
import org.trastienda.identity.Accounts;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserFilter;
import org.trastienda.identity.UserSummary;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;
import org.trastienda.web.ListQuery;
import org.trastienda.web.Paging;

/** The administrator's user pages: the list, and the form with unlock and password reset. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	private static final String LIST = "identity/user-list";

	private static final String FORM = "identity/user-form";

	private final Accounts accounts;

	private final UserDirectory directory;

	private final MessageSource messages;

	UserAdminController(Accounts accounts, UserDirectory directory, MessageSource messages) {
		this.accounts = accounts;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String region, @RequestParam(required = false) AccountStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Model model, HttpServletRequest request) {
		Paging.Request paging = Paging.of(page, size, sort, SortableFields.USERS, "username");
		model.addAttribute("page", directory.find(new UserFilter(q, role, region, status), paging.pageable()));
		model.addAttribute("list", ListQuery.of(request, paging.sort()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("regions", directory.regions());
		model.addAttribute("statuses", AccountStatus.values());
		return Htmx.view(request, LIST, "results");
	}

	@GetMapping("/new")
	String newUser(Model model, HttpServletRequest request) {
		model.addAttribute("user", new UserForm());
		return form(model, null, request);
	}

	@PostMapping
	String create(@ModelAttribute("user") UserForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return Forms.submit(binding, model, response, () -> {
			UserSummary created = accounts.create(form.getUsername(), form.getPassword(), form.toData());
			return Htmx.redirect(request, response, path(created.username()),
					text("identity.user.created", created.username()));
		}, () -> form(model, null, request));
	}

	@GetMapping("/{username}")
	String edit(@PathVariable String username, Model model, HttpServletRequest request) {
		UserSummary account = directory.requireByUsername(username);
		model.addAttribute("user", UserForm.of(account));
		return form(model, account, request);
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @ModelAttribute("user") UserForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		UserSummary account = directory.requireByUsername(username);
		form.setUsername(username);
		return Forms.submit(binding, model, response, () -> {
			accounts.update(username, form.toData(), null, form.getVersion());
			return Htmx.redirect(request, response, path(username), text("form.saved"));
		}, () -> form(model, account, request));
	}

	@PostMapping("/{username}/unlock")
	String unlock(@PathVariable String username, HttpServletRequest request, HttpServletResponse response) {
		accounts.unlock(username);
		return Htmx.redirect(request, response, path(username), text("identity.user.unlocked", username));
	}

	@PostMapping("/{username}/password")
	String resetPassword(@PathVariable String username, @ModelAttribute("reset") PasswordResetForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
		UserSummary account = directory.requireByUsername(username);
		return Forms.submit(binding, model, response, () -> {
			accounts.resetPassword(username, form.getPassword());
			return Htmx.redirect(request, response, path(username), text("identity.user.passwordReset", username));
		}, () -> {
			model.addAttribute("account", account);
			return Htmx.view(request, FORM, "resetForm");
		});
	}

	/** The form page (or, for htmx, only the user form) for a new user (account null) or an existing one. */
	private String form(Model model, UserSummary account, HttpServletRequest request) {
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("regions", directory.regions());
		model.addAttribute("languages", Accounts.LANGUAGES);
		if (!model.containsAttribute("reset")) {
			model.addAttribute("reset", new PasswordResetForm());
		}
		return Htmx.view(request, FORM, "userForm");
	}

	private static String path(String username) {
		return "/admin/users/" + username;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
