package org.trastienda.approvals.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.trastienda.approvals.ApprovalTier;
import org.trastienda.identity.Role;

/** One row of the rule form; the numbers stay text until the form is read, so a typo becomes a field error. */
public class TierForm {

	private String above;

	private List<Role> roles = new ArrayList<>();

	private boolean regionScoped;

	private String approvalsRequired;

	static TierForm of(ApprovalTier tier) {
		TierForm form = new TierForm();
		form.above = tier.above() == null ? null : tier.above().toPlainString();
		form.roles = new ArrayList<>(tier.roles());
		form.regionScoped = tier.regionScoped();
		form.approvalsRequired = String.valueOf(tier.approvalsRequired());
		return form;
	}

	boolean isBlank() {
		return blank(above) && roles.isEmpty() && blank(approvalsRequired);
	}

	BigDecimal aboveAmount() throws NumberFormatException {
		return blank(above) ? null : new BigDecimal(above.strip().replace(',', '.'));
	}

	int approvals() throws NumberFormatException {
		return blank(approvalsRequired) ? 0 : Integer.parseInt(approvalsRequired.strip());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getAbove() {
		return above;
	}

	public void setAbove(String above) {
		this.above = above;
	}

	public List<Role> getRoles() {
		return roles;
	}

	public void setRoles(List<Role> roles) {
		this.roles = roles == null ? new ArrayList<>() : roles;
	}

	public boolean isRegionScoped() {
		return regionScoped;
	}

	public void setRegionScoped(boolean regionScoped) {
		this.regionScoped = regionScoped;
	}

	public String getApprovalsRequired() {
		return approvalsRequired;
	}

	public void setApprovalsRequired(String approvalsRequired) {
		this.approvalsRequired = approvalsRequired;
	}
}
