package org.trastienda.execution.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.trastienda.documents.Downloads;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneType;
import org.trastienda.execution.StatusReport;
import org.trastienda.execution.StatusReportSent;
import org.trastienda.execution.StatusReports;
import org.trastienda.web.Forms;

/**
 * The schedule on the contract page: an htmx fragment the contract detail page loads into
 * {@code #contract-schedule}, and the forms inside it, which answer the fragment again (with the
 * errors beside the fields: 422, or the stale-version alert: 409). The status report's download
 * and send form live in it too.
 */
@Controller
@RequestMapping("/contracts/{contractId}")
class ScheduleController {

	private static final String FRAGMENT = "execution/schedule :: schedule";

	private static final String EDITORS = "hasAnyRole('BACK_OFFICE', 'ADMIN')";

	private final ExecutionSchedule schedules;

	private final StatusReports reports;

	private final MessageSource messages;

	ScheduleController(ExecutionSchedule schedules, StatusReports reports, MessageSource messages) {
		this.schedules = schedules;
		this.reports = reports;
		this.messages = messages;
	}

	/** The fragment; {@code edit} opens a milestone's form, {@code add} the new-milestone form. */
	@GetMapping("/schedule")
	@PreAuthorize("isAuthenticated()")
	String schedule(@PathVariable Long contractId, @RequestParam(required = false) Long edit,
			@RequestParam(defaultValue = "false") boolean add, Model model) {
		if (edit != null) {
			model.addAttribute("milestoneForm", MilestoneForm.of(schedules.milestone(contractId, edit)));
			model.addAttribute("editing", edit);
		}
		model.addAttribute("adding", add);
		return fragment(contractId, model);
	}

	@PostMapping("/schedule")
	@PreAuthorize(EDITORS)
	String add(@PathVariable Long contractId, @ModelAttribute("milestoneForm") MilestoneForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		model.addAttribute("adding", true);
		return submit(contractId, binding, model, response, "execution.schedule.saved",
				() -> schedules.add(contractId, form.toData()));
	}

	@PostMapping("/schedule/{milestoneId}")
	@PreAuthorize(EDITORS)
	String update(@PathVariable Long contractId, @PathVariable Long milestoneId,
			@ModelAttribute("milestoneForm") MilestoneForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		model.addAttribute("editing", milestoneId);
		return submit(contractId, binding, model, response, "execution.schedule.saved",
				() -> schedules.update(contractId, milestoneId, form.getVersion(), form.toData()));
	}

	@PostMapping("/schedule/{milestoneId}/done")
	@PreAuthorize(EDITORS)
	String markDone(@PathVariable Long contractId, @PathVariable Long milestoneId,
			@ModelAttribute("doneForm") DoneForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		model.addAttribute("doneFor", milestoneId);
		return submit(contractId, binding, model, response, "execution.schedule.markedDone",
				() -> schedules.markDone(contractId, milestoneId, form.getActualDate(), form.getVersion()));
	}

	@PostMapping("/schedule/{milestoneId}/delete")
	@PreAuthorize(EDITORS)
	String remove(@PathVariable Long contractId, @PathVariable Long milestoneId,
			@ModelAttribute("doneForm") DoneForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		return submit(contractId, binding, model, response, "execution.schedule.removed", () -> {
			schedules.remove(contractId, milestoneId, form.getVersion());
			return null;
		});
	}

	@GetMapping("/status-report.pdf")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> statusReport(@PathVariable Long contractId) {
		StatusReport report = reports.render(contractId);
		return ResponseEntity.ok()
			.headers(Downloads.headers(report.filename(), MediaType.APPLICATION_PDF))
			.body(report.content());
	}

	@PostMapping("/status-report/send")
	@PreAuthorize("hasAnyRole('BACK_OFFICE', 'ADMIN', 'SALES_REP')")
	String sendStatusReport(@PathVariable Long contractId, @ModelAttribute("reportForm") ReportForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		return Forms.submit(binding, model, response, () -> {
			StatusReportSent sent = reports.send(contractId, form.getContactId(), form.getEmail());
			model.addAttribute("reportForm", new ReportForm());
			model.addAttribute("flash", text("execution.report.queued", sent.recipient()));
			return fragment(contractId, model);
		}, () -> fragment(contractId, model));
	}

	/** Runs a form's change; on success answers the fragment with every form closed and the message shown. */
	private String submit(Long contractId, BindingResult binding, Model model, HttpServletResponse response,
			String doneMessage, Supplier<Object> change) {
		return Forms.submit(binding, model, response, () -> {
			change.get();
			model.asMap().remove("editing");
			model.asMap().remove("doneFor");
			model.addAttribute("adding", false);
			model.addAttribute("milestoneForm", new MilestoneForm());
			model.addAttribute("doneForm", new DoneForm());
			model.addAttribute("flash", text(doneMessage));
			return fragment(contractId, model);
		}, () -> fragment(contractId, model));
	}

	private String fragment(Long contractId, Model model) {
		model.addAttribute("schedule", schedules.schedule(contractId));
		model.addAttribute("mayEdit", schedules.mayEdit(contractId));
		boolean maySend = reports.maySend();
		model.addAttribute("maySend", maySend);
		model.addAttribute("recipients", maySend ? reports.recipients(contractId) : List.of());
		model.addAttribute("types", MilestoneType.values());
		model.addAttribute("today", schedules.today());
		if (!model.containsAttribute("milestoneForm")) {
			model.addAttribute("milestoneForm", new MilestoneForm());
		}
		if (!model.containsAttribute("doneForm")) {
			model.addAttribute("doneForm", new DoneForm());
		}
		if (!model.containsAttribute("reportForm")) {
			model.addAttribute("reportForm", new ReportForm());
		}
		return FRAGMENT;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
