package org.trastienda.billing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.trastienda.billing.InvoiceData;
import org.trastienda.billing.InvoiceDetail;
import org.trastienda.billing.InvoiceType;
import org.trastienda.billing.InvoiceView;
import org.trastienda.contracts.ContractView;

/**
 * The draft form: its terms and the lines editor, whose rows the server adds and removes so field
 * paths stay {@code lines[i].…} like the API's.
 */
public class InvoiceForm {

	/** More rows than a draft may have lines, so the service (not the binder) says what is too many. */
	static final int MAX_ROWS = 400;

	private Long version;

	private Long contractId;

	private Long requestId;

	private Long rectifiesInvoiceId;

	private InvoiceType type = InvoiceType.F1;

	private String series;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issueDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate operationDate;

	private String notes;

	private List<InvoiceLineForm> lines = new ArrayList<>();

	/** A new draft on the contract: every contract line at its whole quantity. */
	static InvoiceForm of(ContractView contract, Long requestId) {
		InvoiceForm form = new InvoiceForm();
		form.contractId = contract.id();
		form.requestId = requestId;
		contract.lines().forEach(line -> form.lines.add(InvoiceLineForm.of(line)));
		return form;
	}

	static InvoiceForm of(InvoiceDetail detail) {
		InvoiceView invoice = detail.invoice();
		InvoiceForm form = new InvoiceForm();
		form.notes = detail.notes();
		form.version = invoice.version();
		form.contractId = invoice.contractId();
		form.rectifiesInvoiceId = invoice.rectifiesInvoiceId();
		form.type = invoice.type();
		form.series = invoice.series();
		form.issueDate = invoice.issueDate();
		form.operationDate = invoice.operationDate();
		invoice.lines().forEach(line -> form.lines.add(InvoiceLineForm.of(line)));
		return form;
	}

	InvoiceData toData() {
		return new InvoiceData(contractId, type, series, issueDate, operationDate, rectifiesInvoiceId, notes,
				lines.stream().filter(line -> !line.isBlank()).map(InvoiceLineForm::toData).toList(), requestId);
	}

	void dropBlankRows() {
		lines.removeIf(InvoiceLineForm::isBlank);
	}

	void addRow() {
		if (lines.size() < MAX_ROWS) {
			lines.add(InvoiceLineForm.free());
		}
	}

	void removeRow(int index) {
		if (index >= 0 && index < lines.size()) {
			lines.remove(index);
		}
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Long getContractId() {
		return contractId;
	}

	public void setContractId(Long contractId) {
		this.contractId = contractId;
	}

	public Long getRequestId() {
		return requestId;
	}

	public void setRequestId(Long requestId) {
		this.requestId = requestId;
	}

	public Long getRectifiesInvoiceId() {
		return rectifiesInvoiceId;
	}

	public void setRectifiesInvoiceId(Long rectifiesInvoiceId) {
		this.rectifiesInvoiceId = rectifiesInvoiceId;
	}

	public InvoiceType getType() {
		return type;
	}

	public void setType(InvoiceType type) {
		this.type = type;
	}

	public String getSeries() {
		return series;
	}

	public void setSeries(String series) {
		this.series = series;
	}

	public LocalDate getIssueDate() {
		return issueDate;
	}

	public void setIssueDate(LocalDate issueDate) {
		this.issueDate = issueDate;
	}

	public LocalDate getOperationDate() {
		return operationDate;
	}

	public void setOperationDate(LocalDate operationDate) {
		this.operationDate = operationDate;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public List<InvoiceLineForm> getLines() {
		return lines;
	}

	public void setLines(List<InvoiceLineForm> lines) {
		this.lines = lines;
	}
}
