package org.trastienda.execution;

/**
 * The alerts a milestone can raise, each sent once per planned date: due soon and late go to the
 * responsible user and the back office; the escalations to the regional manager of the contract's
 * region and to the sales director.
 */
enum AlertLevel {
	DUE_SOON, LATE, REGIONAL_MANAGER, SALES_DIRECTOR
}
