package org.trastienda.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;

/**
 * The import pages, in two steps: the upload is kept in the file store and checked (a dry run,
 * shown as a preview), then confirming runs the real import of that same stored file. Only the
 * stored file's id travels between the steps, in the user's session, so nobody imports a file they
 * did not check. Each module's controller maps the requests (with its own access rule) and names
 * its {@link Page}; the templates are {@code documents/import} and its partials.
 */
@Component
public class ImportPages {

	/** Runs an import of the content, or only checks it on a dry run. */
	@FunctionalInterface
	public interface Importer {

		ImportReport run(InputStream content, boolean dryRun);
	}

	/**
	 * What differs between import pages.
	 *
	 * @param path where the page answers, e.g. {@code /customers/import}; the steps post to
	 * {@code <path>/preview} and {@code <path>/commit}
	 * @param listPath the list the imported records appear in
	 * @param listKey the message key of that list's name (the breadcrumb)
	 * @param headingKey the message key of the page heading
	 * @param helpKey the message key of the text explaining the columns
	 * @param toListKey the message key of the link back to the list after the import
	 */
	public record Page(String path, String listPath, String listKey, String headingKey, String helpKey,
			String toListKey, Importer importer) {

		private String pendingAttribute() {
			return ImportPages.class.getName() + ".pending:" + path;
		}
	}

	/** The checked file waiting to be imported. */
	record PendingImport(long fileId, String filename) implements Serializable {
	}

	private static final String PAGE = "documents/import";

	private static final String CONTENT = "documents/partials/import-content :: content";

	private final FileStore files;

	ImportPages(FileStore files) {
		this.files = files;
	}

	/** The empty upload form. */
	public String show(Page page, Model model) {
		model.addAttribute("importPage", page);
		model.addAttribute("upload", new UploadForm());
		return PAGE;
	}

	/** Stores the upload and answers the dry run's report; a file with bad rows answers 422 and cannot be imported. */
	public String preview(Page page, UploadForm upload, BindingResult binding, HttpSession session, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("importPage", page);
		session.removeAttribute(page.pendingAttribute());
		upload.requireFile(binding);
		return Forms.submit(binding, model, response, () -> {
			StoredFile stored = store(upload);
			ImportReport report = run(page, stored.id(), true);
			if (report.accepted()) {
				session.setAttribute(page.pendingAttribute(), new PendingImport(stored.id(), stored.filename()));
			}
			else {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			return report(report, stored.filename(), false, model, request);
		}, () -> content(request));
	}

	/** Imports the file the preview checked; without one (expired, or never checked) answers 422. */
	public String commit(Page page, BindingResult binding, HttpSession session, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("importPage", page);
		if (!(session.getAttribute(page.pendingAttribute()) instanceof PendingImport pending)) {
			binding.reject("documents.import.expired", "documents.import.expired");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return content(request);
		}
		session.removeAttribute(page.pendingAttribute());
		ImportReport report = run(page, pending.fileId(), false);
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

	private ImportReport run(Page page, long fileId, boolean dryRun) {
		try (InputStream content = files.open(fileId).content().getInputStream()) {
			return page.importer().run(content, dryRun);
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
