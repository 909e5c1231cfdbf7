package org.trastienda.customers.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.ImportReport;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.StoredFile;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;

/**
 * Importing customers in two steps: the upload is kept in the file store and checked (a dry
 * run, shown as a preview), then "Import" runs the real import of that same file. Only the
 * stored file's id travels between the steps, in the user's session, so nobody imports a file
 * they did not check.
 */
@Controller
@RequestMapping("/customers/import")
class CustomerImportController {

	/** The checked file waiting for "Import". */
	record PendingImport(long fileId, String filename) implements Serializable {
	}

	private static final String PENDING = CustomerImportController.class.getName() + ".pending";

	private static final String PAGE = "customers/import";

	private static final String CONTENT = "customers/partials/import-content :: content";

	private final CustomerArchive archive;

	private final FileStore files;

	CustomerImportController(CustomerArchive archive, FileStore files) {
		this.archive = archive;
		this.files = files;
	}

	@GetMapping
	@PreAuthorize(ApiRules.BACK_OFFICE)
	String page(Model model) {
		model.addAttribute("upload", new UploadForm());
		return PAGE;
	}

	@PostMapping("/preview")
	@PreAuthorize(ApiRules.BACK_OFFICE)
	String preview(@ModelAttribute("upload") UploadForm upload, BindingResult binding, HttpSession session,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		session.removeAttribute(PENDING);
		if (upload.getFile() == null) {
			binding.rejectValue("file", "documents.file.empty", "documents.file.empty");
		}
		return Forms.submit(binding, model, response, () -> {
			StoredFile stored = store(upload);
			ImportReport report = run(stored.id(), true);
			if (report.accepted()) {
				session.setAttribute(PENDING, new PendingImport(stored.id(), stored.filename()));
			}
			else {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			return report(report, stored.filename(), false, model, request);
		}, () -> content(request));
	}

	@PostMapping("/commit")
	@PreAuthorize(ApiRules.BACK_OFFICE)
	String commit(@ModelAttribute("upload") UploadForm upload, BindingResult binding, HttpSession session,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!(session.getAttribute(PENDING) instanceof PendingImport pending)) {
			binding.reject("customers.ui.import.expired", "customers.ui.import.expired");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return content(request);
		}
		session.removeAttribute(PENDING);
		ImportReport report = run(pending.fileId(), false);
		if (!report.accepted()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return report(report, pending.filename(), report.accepted(), model, request);
	}

	private StoredFile store(UploadForm upload) {
		try (InputStream content = upload.getFile().getInputStream()) {
			return files.store(upload.getFile().getOriginalFilename(), upload.getFile().getSize(), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ImportReport run(long fileId, boolean dryRun) {
		try (InputStream content = files.open(fileId).content().getInputStream()) {
			return archive.importCustomers(content, dryRun);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String report(ImportReport report, String filename, boolean committed, Model model,
			HttpServletRequest request) {
		model.addAttribute("report", report);
		model.addAttribute("fileName", filename);
		model.addAttribute("committed", committed);
		return content(request);
	}

	private static String content(HttpServletRequest request) {
		return Htmx.isHtmx(request) ? CONTENT : PAGE;
	}
}
