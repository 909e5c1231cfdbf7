package org.trastienda.reporting;

/**
 * One group of the contract statistics with its figures in the period and in the previous one.
 *
 * @param key the region code, owner's username, party id or category; null for contracts without one
 * @param label what people read: the region's or owner's name, the party's legal name, the category,
 * or "no region" and the like in the reader's language
 */
public record StatisticsRow(String key, String label, ContractFigures figures, ContractFigures previous) {
}
