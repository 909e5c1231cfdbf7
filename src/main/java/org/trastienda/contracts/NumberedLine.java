package org.trastienda.contracts;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * A line kept in a contract version or an amendment: its place, the contract line it is (or
 * changes; null for a line an amendment adds) and its terms.
 */
@Embeddable
class NumberedLine {

	private int position;

	private Long lineId;

	@Embedded
	private LineTerms terms;

	protected NumberedLine() {
	}

	NumberedLine(int position, Long lineId, LineTerms terms) {
		this.position = position;
		this.lineId = lineId;
		this.terms = terms;
	}

	int position() {
		return position;
	}

	Long lineId() {
		return lineId;
	}

	LineTerms terms() {
		return terms;
	}

	ContractLineView toView() {
		return terms.toView(lineId);
	}

	/** The line as a user would write it, to apply it to the contract. */
	ContractLineData toData() {
		return new ContractLineData(lineId, terms.productId(), terms.description(), terms.quantity(), terms.unit(),
				terms.unitPrice(), terms.discountPercent(), terms.vatRate());
	}
}
