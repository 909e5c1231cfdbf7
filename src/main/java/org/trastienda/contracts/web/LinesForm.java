package org.trastienda.contracts.web;

import java.util.ArrayList;
import java.util.List;

import org.trastienda.contracts.ContractLineData;

/**
 * A form with an editable list of lines (a draft, an amendment): rows are added and removed by
 * the server, which renumbers them, so field paths stay {@code lines[i].…} like the API's.
 */
public abstract class LinesForm {

	/** More rows than a contract may have lines, so the service (not the binder) says what is too many. */
	static final int MAX_ROWS = 512;

	private List<LineForm> lines = new ArrayList<>();

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

	/** The currency the amounts are shown in. */
	abstract String currencyCode();

	public List<LineForm> getLines() {
		return lines;
	}

	public void setLines(List<LineForm> lines) {
		this.lines = lines;
	}
}
