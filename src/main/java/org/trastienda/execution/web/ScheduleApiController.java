package org.trastienda.execution.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.trastienda.documents.Downloads;
import org.trastienda.execution.ExecutionSchedule;
import org.trastienda.execution.MilestoneView;
import org.trastienda.execution.ScheduleView;
import org.trastienda.execution.StatusReport;
import org.trastienda.execution.StatusReportSent;
import org.trastienda.execution.StatusReports;

/**
 * The execution schedule and status report of a contract as JSON (and PDF). The contract's data
 * scope applies (404 outside it); the back office and the administrator change schedules.
 */
@RestController
@RequestMapping("/api/v1/contracts/{contractId}")
class ScheduleApiController {

	private static final String EDITORS = "hasAnyRole('BACK_OFFICE', 'ADMIN')";

	private final ExecutionSchedule schedules;

	private final StatusReports reports;

	ScheduleApiController(ExecutionSchedule schedules, StatusReports reports) {
		this.schedules = schedules;
		this.reports = reports;
	}

	@GetMapping("/schedule")
	@PreAuthorize("isAuthenticated()")
	ScheduleView schedule(@PathVariable Long contractId) {
		return schedules.schedule(contractId);
	}

	@GetMapping("/schedule/{milestoneId}")
	@PreAuthorize("isAuthenticated()")
	MilestoneView milestone(@PathVariable Long contractId, @PathVariable Long milestoneId) {
		return schedules.milestone(contractId, milestoneId);
	}

	@PostMapping("/schedule")
	@PreAuthorize(EDITORS)
	ResponseEntity<MilestoneView> add(@PathVariable Long contractId, @RequestBody MilestoneRequest request) {
		MilestoneView added = schedules.add(contractId, request.toData());
		return ResponseEntity.created(URI.create("/api/v1/contracts/" + contractId + "/schedule/" + added.id()))
			.body(added);
	}

	@PutMapping("/schedule/{milestoneId}")
	@PreAuthorize(EDITORS)
	MilestoneView update(@PathVariable Long contractId, @PathVariable Long milestoneId,
			@RequestBody MilestoneRequest request) {
		return schedules.update(contractId, milestoneId, request.version(), request.toData());
	}

	@DeleteMapping("/schedule/{milestoneId}")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable Long contractId, @PathVariable Long milestoneId,
			@RequestParam(required = false) Long version) {
		schedules.remove(contractId, milestoneId, version);
	}

	@PostMapping("/schedule/{milestoneId}/done")
	@PreAuthorize(EDITORS)
	MilestoneView markDone(@PathVariable Long contractId, @PathVariable Long milestoneId,
			@RequestBody DoneRequest request) {
		return schedules.markDone(contractId, milestoneId, request.actualDate(), request.version());
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
	@ResponseStatus(HttpStatus.ACCEPTED)
	StatusReportSent sendStatusReport(@PathVariable Long contractId, @RequestBody SendRequest request) {
		return reports.send(contractId, request.contactId(), request.email());
	}
}
