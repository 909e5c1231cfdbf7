package org.trastienda.customers.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerFilter;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;
import org.trastienda.documents.Downloads;
import org.trastienda.documents.ImportReport;
import org.trastienda.documents.SpreadsheetFormat;

/** Bulk import of customers from CSV or XLSX, and export of the filtered list. */
@RestController
class CustomerImportApiController {

	private final CustomerArchive archive;

	CustomerImportApiController(CustomerArchive archive) {
		this.archive = archive;
	}

	/** The report; a real import with bad rows writes nothing and answers 422 with the same report. */
	@PostMapping("/api/v1/customers/import")
	@PreAuthorize(ApiRules.BACK_OFFICE)
	ResponseEntity<ImportReport> importCustomers(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
		ImportReport report = archive.importCustomers(file.getInputStream(), dryRun);
		HttpStatus status = dryRun || report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(report);
	}

	/** Also at {@code /customers/export}: the list page's export buttons, signed in by the browser session. */
	@GetMapping({ "/api/v1/customers/export", "/customers/export" })
	@PreAuthorize(ApiRules.READ)
	void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) CustomerKind kind, @RequestParam(required = false) String region,
			@RequestParam(required = false) String owner, @RequestParam(required = false) CustomerStatus status,
			@SortDefault("legalName") Sort sort, HttpServletResponse response) {
		Downloads.send(archive.export(new CustomerFilter(q, kind, region, owner, status), sort,
				SpreadsheetFormat.of(format)), response);
	}
}
