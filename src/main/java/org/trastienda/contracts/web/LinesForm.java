package org.trastienda.contracts.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.trastienda.contracts.ContractLineData;
import org.trastienda.contracts.ContractView;

/**
 * A form with lines and the terms they run under (a draft, an amendment): rows are added and
 * removed by the server, which renumbers them, so field paths stay {@code lines[i].…} like the API's.
 */
public abstract class LinesForm {

	/** More rows than a contract may have lines, so the service (not the binder) says what is too many. */
	static final int MAX_ROWS = 512;

	private List<LineForm> lines = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	private Integer paymentTermsDays;

	private String currency = "EUR";

	/** Starts from the contract's dates, payment terms, currency and lines as they stand. */
	void takeTermsAndLinesOf(ContractView contract) {
		startsOn = contract.startsOn();
		endsOn = contract.endsOn();
		paymentTermsDays = contract.paymentTermsDays();
		currency = contract.currency();
		contract.lines().forEach(line -> lines.add(LineForm.of(line)));
	}

	/** The rows that say something, as lines. */
	List<ContractLineData> lineData() {
		return lines.stream().filter(line -> !line.isBlank()).map(LineForm::toData).toList();
	}

	/** Drops rows left entirely empty, so the rows shown again match the lines the service checked. */
	void dropBlankRows() {
		lines.removeIf(LineForm::isBlank);
	}

	void addRow() {
		if (lines.size() < MAX_ROWS) {
			lines.add(LineForm.empty());
		}
	}

	void removeRow(int index) {
		if (index >= 0 && index < lines.size()) {
			lines.remove(index);
		}
	}

	public List<LineForm> getLines() {
		return lines;
	}

	public void setLines(List<LineForm> lines) {
		this.lines = lines;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Integer getPaymentTermsDays() {
		return paymentTermsDays;
	}

	public void setPaymentTermsDays(Integer paymentTermsDays) {
		this.paymentTermsDays = paymentTermsDays;
	}

	/** The currency the amounts are in. */
	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}
}
