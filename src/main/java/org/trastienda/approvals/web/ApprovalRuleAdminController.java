package org.trastienda.approvals.web;

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
import org.trastienda.approvals.ApprovalRuleView;
import org.trastienda.approvals.ApprovalRules;
import org.trastienda.approvals.ApprovalSubject;
import org.trastienda.identity.Role;
import org.trastienda.shared.NotFoundException;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;

/** The administrator's approval rules: the list, and one form to create or change a subject type's rule. */
@Controller
@RequestMapping("/admin/approval-rules")
class ApprovalRuleAdminController {

	private static final String FORM = "approvals/rule-form";

	private final ApprovalRules rules;

	private final MessageSource messages;

	ApprovalRuleAdminController(ApprovalRules rules, MessageSource messages) {
		this.rules = rules;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	String list(Model model) {
		model.addAttribute("rules", rules.configured());
		model.addAttribute("fallback", ApprovalRuleView.fallback("*"));
		return "approvals/rule-list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newRule(Model model, HttpServletRequest request) {
		model.addAttribute("rule", RuleForm.empty());
		return form(model, null, request);
	}

	@GetMapping("/{subjectType}")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable String subjectType, Model model, HttpServletRequest request) {
		if (!ApprovalSubject.TYPE.matcher(subjectType).matches()) {
			throw new NotFoundException("ApprovalRule", subjectType);
		}
		ApprovalRuleView rule = rules.forSubjectType(subjectType);
		model.addAttribute("rule", RuleForm.of(rule));
		return form(model, rule.configured() ? subjectType : null, request);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String save(@ModelAttribute("rule") RuleForm form, BindingResult binding, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String existing = form.getVersion() == null ? null : form.getSubjectType();
		return Forms.submit(binding, model, response, () -> {
			ApprovalRuleView saved = rules.save(form.getSubjectType(), form.getCurrency(),
					form.withoutEmptyRows().toTiers(), form.getVersion());
			return Htmx.redirect(request, response, "/admin/approval-rules",
					messages.getMessage("approvals.rule.saved", new Object[] { saved.subjectType() },
							LocaleContextHolder.getLocale()));
		}, () -> {
			form.withEmptyRows();
			return form(model, existing, request);
		});
	}

	/** The form page (or, for htmx, only the form) for a new rule (existing null) or a configured one. */
	private static String form(Model model, String existing, HttpServletRequest request) {
		model.addAttribute("existing", existing);
		model.addAttribute("roles", Role.values());
		return Htmx.view(request, FORM, "ruleForm");
	}
}
