package org.trastienda.contracts.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.multipart.MultipartFile;
import org.trastienda.contracts.ContractDocumentData;
import org.trastienda.contracts.ContractDocumentView;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.contracts.DocumentStatus;
import org.trastienda.contracts.RequiredDocumentType;
import org.trastienda.documents.Downloads;
import org.trastienda.web.Forms;
import org.trastienda.web.Htmx;

/** The contract page's sub-records: the amendment form, required documents and filed attachments. */
@Controller
@RequestMapping("/contracts/{id}")
class ContractRecordsController {

	private static final String AMENDMENT_PAGE = "contracts/amendment-form";

	private static final String AMENDMENT_FORM = "contracts/amendment-form :: form";

	private final Contracts contracts;

	private final ContractPage page;

	ContractRecordsController(Contracts contracts, ContractPage page) {
		this.contracts = contracts;
		this.page = page;
	}

	@GetMapping("/amendments/new")
	@PreAuthorize(AccessRules.WRITE)
	String newAmendment(@PathVariable Long id, Model model) {
		ContractView contract = amendable(id);
		model.addAttribute("form", AmendmentForm.of(contract));
		return amendmentForm(contract, model, AMENDMENT_PAGE);
	}

	@PostMapping("/amendments")
	@PreAuthorize(AccessRules.WRITE)
	String requestAmendment(@PathVariable Long id, @ModelAttribute("form") AmendmentForm form, BindingResult binding,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		ContractView contract = amendable(id);
		form.setCurrency(contract.currency());
		form.dropBlankRows();
		return Forms.submit(binding, model, response, () -> {
			contracts.requestAmendment(id, form.toData());
			return page.redirect(tab(id, "amendments"), "contracts.ui.amendmentRequested", contract.number(), request,
					response);
		}, () -> amendmentForm(contract, model, Htmx.isHtmx(request) ? AMENDMENT_FORM : AMENDMENT_PAGE));
	}

	@PostMapping("/amendments/form/lines")
	@PreAuthorize(AccessRules.WRITE)
	String amendmentLines(@PathVariable Long id, @ModelAttribute("form") AmendmentForm form,
			@RequestParam(required = false) String add, @RequestParam(required = false) Integer remove, Model model) {
		return LinesEditor.rows(form, add != null, remove, model, "/contracts/" + id + "/amendments/form");
	}

	@PostMapping("/amendments/form/totals")
	@PreAuthorize(AccessRules.WRITE)
	String amendmentTotals(@PathVariable Long id, @ModelAttribute("form") AmendmentForm form, Model model) {
		return LinesEditor.totals(form, model);
	}

	@PostMapping("/documents")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String addDocument(@PathVariable Long id, @RequestParam(required = false) RequiredDocumentType type,
			@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			HttpServletRequest request, HttpServletResponse response) {
		return page.act(tab(id, "documents"),
				() -> contracts.addDocument(id, new ContractDocumentData(type, name, dueOn, null, null, null)),
				"contracts.ui.documentAdded", name, request, response);
	}

	@PostMapping("/documents/{documentId}/file")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String receiveDocument(@PathVariable Long id, @PathVariable Long documentId,
			@RequestParam("file") MultipartFile file, HttpServletRequest request, HttpServletResponse response) {
		return page.act(tab(id, "documents"),
				() -> contracts.receiveDocument(id, documentId, file.getOriginalFilename(), file.getSize(), content(file)),
				"contracts.ui.documentReceived", file.getOriginalFilename(), request, response);
	}

	@PostMapping("/documents/{documentId}/sent")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String documentSent(@PathVariable Long id, @PathVariable Long documentId, @RequestParam Long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
			HttpServletRequest request, HttpServletResponse response) {
		ContractDocumentView document = contracts.document(id, documentId);
		return page.act(tab(id, "documents"),
				() -> contracts.updateDocument(id, documentId, version, new ContractDocumentData(document.type(),
						document.name(), document.dueOn(), document.notes(), DocumentStatus.SENT, sentOn)),
				"contracts.ui.documentSent", document.name(), request, response);
	}

	@PostMapping("/documents/{documentId}/delete")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String removeDocument(@PathVariable Long id, @PathVariable Long documentId, HttpServletRequest request,
			HttpServletResponse response) {
		return page.act(tab(id, "documents"), () -> {
			contracts.removeDocument(id, documentId);
			return documentId;
		}, "contracts.ui.documentRemoved", documentId, request, response);
	}

	@GetMapping("/documents/{documentId}/file")
	@PreAuthorize(AccessRules.READ)
	ResponseEntity<Resource> documentFile(@PathVariable Long id, @PathVariable Long documentId) {
		return Downloads.attachment(contracts.openDocumentFile(id, documentId));
	}

	@PostMapping("/attachments")
	@PreAuthorize(AccessRules.WRITE)
	String attach(@PathVariable Long id, @RequestParam("file") MultipartFile file, HttpServletRequest request,
			HttpServletResponse response) {
		return page.act(tab(id, "documents"),
				() -> contracts.attach(id, file.getOriginalFilename(), file.getSize(), content(file)),
				"contracts.ui.attached", file.getOriginalFilename(), request, response);
	}

	@GetMapping("/attachments/{attachmentId}")
	@PreAuthorize(AccessRules.READ)
	ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long attachmentId) {
		return Downloads.attachment(contracts.openAttachment(id, attachmentId));
	}

	@PostMapping("/attachments/{attachmentId}/delete")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	String removeAttachment(@PathVariable Long id, @PathVariable Long attachmentId, HttpServletRequest request,
			HttpServletResponse response) {
		return page.act(tab(id, "documents"), () -> {
			contracts.removeAttachment(id, attachmentId);
			return attachmentId;
		}, "contracts.ui.attachmentRemoved", attachmentId, request, response);
	}

	private ContractView amendable(Long id) {
		ContractView contract = contracts.get(id);
		if (!contracts.accessTo(id).mayAmend()) {
			throw new AccessDeniedException("may not amend contract " + id);
		}
		return contract;
	}

	private String amendmentForm(ContractView contract, Model model, String view) {
		model.addAttribute("contract", contract);
		model.addAttribute("linesUrl", "/contracts/" + contract.id() + "/amendments/form");
		model.addAttribute("preview", LinesPreview.of((AmendmentForm) model.getAttribute("form")));
		return view;
	}

	private static InputStream content(MultipartFile file) {
		try {
			return file.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String tab(Long id, String tab) {
		return "/contracts/" + id + "?tab=" + tab;
	}
}
