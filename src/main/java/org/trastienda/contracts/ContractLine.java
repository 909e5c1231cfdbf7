package org.trastienda.contracts;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One line of a contract as it stands now. */
@Entity
class ContractLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "contract_id")
	private Contract contract;

	private int position;

	@Embedded
	private LineTerms terms;

	protected ContractLine() {
	}

	ContractLine(Contract contract, int position, LineTerms terms) {
		this.contract = contract;
		this.position = position;
		this.terms = terms;
	}

	Long getId() {
		return id;
	}

	int getPosition() {
		return position;
	}

	void setPosition(int position) {
		this.position = position;
	}

	LineTerms getTerms() {
		return terms;
	}

	void setTerms(LineTerms terms) {
		this.terms = terms;
	}

	ContractLineView toView() {
		return terms.toView(id);
	}
}
