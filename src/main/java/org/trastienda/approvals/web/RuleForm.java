package org.trastienda.approvals.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.trastienda.approvals.ApprovalRuleView;
import org.trastienda.approvals.ApprovalRules;
import org.trastienda.approvals.ApprovalTier;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/** The rule form: a subject type, a currency and its tiers, with two empty rows to add more. */
public class RuleForm {

	private static final int EMPTY_ROWS = 2;

	private String subjectType;

	private String currency = "EUR";

	private List<TierForm> tiers = new ArrayList<>();

	private Long version;

	static RuleForm of(ApprovalRuleView rule) {
		RuleForm form = new RuleForm();
		form.subjectType = rule.subjectType();
		form.currency = rule.currency();
		form.version = rule.version();
		rule.tiers().stream().map(TierForm::of).forEach(form.tiers::add);
		return form.withEmptyRows();
	}

	static RuleForm empty() {
		return new RuleForm().withEmptyRows();
	}

	/** Leaves out the rows left empty, so the service numbers tiers as the form shows them. */
	RuleForm withoutEmptyRows() {
		tiers = new ArrayList<>(tiers.stream().filter(tier -> !tier.isBlank()).toList());
		return this;
	}

	RuleForm withEmptyRows() {
		while (tiers.size() < ApprovalRules.MAX_TIERS && tiers.stream().filter(TierForm::isBlank).count() < EMPTY_ROWS) {
			tiers.add(new TierForm());
		}
		return this;
	}

	/** The tiers as the service takes them; field errors for numbers that do not read. */
	List<ApprovalTier> toTiers() {
		List<ApprovalTier> result = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < tiers.size(); i++) {
			TierForm tier = tiers.get(i);
			BigDecimal above = null;
			int approvals = 0;
			try {
				above = tier.aboveAmount();
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldError("tiers[" + i + "].above", "approvals.rule.tier.aboveInvalid"));
			}
			try {
				approvals = tier.approvals();
			}
			catch (NumberFormatException ex) {
				errors.add(new FieldError("tiers[" + i + "].approvalsRequired", "approvals.rule.tier.approvalsRequired",
						ApprovalRules.MAX_APPROVERS));
			}
			result.add(new ApprovalTier(above, Set.copyOf(tier.getRoles()), tier.isRegionScoped(), approvals));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return result;
	}

	public String getSubjectType() {
		return subjectType;
	}

	public void setSubjectType(String subjectType) {
		this.subjectType = subjectType == null ? null : subjectType.strip();
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency == null ? null : currency.strip();
	}

	public List<TierForm> getTiers() {
		return tiers;
	}

	public void setTiers(List<TierForm> tiers) {
		this.tiers = tiers;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
