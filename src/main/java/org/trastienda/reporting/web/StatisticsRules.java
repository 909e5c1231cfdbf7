package org.trastienda.reporting.web;

/** Who may read the contract statistics: every role, each within its data scope (reps their own contracts). */
final class StatisticsRules {

	static final String READ = "hasAnyRole('ADMIN','SALES_DIRECTOR','REGIONAL_MANAGER','SALES_REP','BACK_OFFICE','FINANCE')";

	private StatisticsRules() {
	}
}
