package org.trastienda.documents;

import java.util.List;

/**
 * The part of an import that knows the records: which columns a file may have, how a row becomes
 * a change, and how the changes are written. {@link SpreadsheetImports} does the rest. One target
 * serves one run, so it may keep what {@link #lookUp} finds.
 *
 * @param <F> what the columns fill
 * @param <P> what a planned row hands to {@link #write}
 */
public interface ImportTarget<F, P> {

	ImportColumns<F> columns();

	/** Called before any row is planned with the keys the file holds, at most 1,000 at a time, to find the stored records. */
	void lookUp(List<String> keys);

	/** Checks a row against the stored record with its key (if any) and says what writing it would do. */
	PlannedRow<P> plan(ImportRow<F> row);

	/** Writes the rows that create or update a record, in file order; called only when no row was rejected. */
	void write(List<P> rows);
}
