package org.trastienda.documents;

import java.util.List;

/**
 * What an import did, or would do on a dry run: data rows read, records created, records updated
 * (rows that change nothing count as neither), and every bad row. With any rejection nothing is written.
 */
public record ImportReport(int rows, int created, int updated, List<ImportRejection> rejected) {

	public boolean accepted() {
		return rejected.isEmpty();
	}
}
