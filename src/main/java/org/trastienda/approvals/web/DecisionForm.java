package org.trastienda.approvals.web;

/** The comment typed beside the approve and reject buttons. */
public class DecisionForm {

	private String comment;

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}
}
