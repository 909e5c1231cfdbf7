package org.trastienda.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.trastienda.documents.SpreadsheetExport;
import org.trastienda.documents.SpreadsheetExports;
import org.trastienda.documents.SpreadsheetFormat;

/**
 * Exports of the filtered product list: the columns are the import's (API field paths, after the
 * id), so an exported file can be edited and imported back.
 */
@Component
class ProductExports {

	private final ProductQueries queries;

	private final SpreadsheetExports exports;

	private final Clock clock;

	private final ZoneId zone;

	ProductExports(ProductQueries queries, SpreadsheetExports exports, Clock clock,
			@Value("${trastienda.display-zone:Europe/Madrid}") ZoneId zone) {
		this.queries = queries;
		this.exports = exports;
		this.clock = clock;
		this.zone = zone;
	}

	/** {@code productos-2024-03-01.csv}; the products are read when it is written. */
	SpreadsheetExport prepare(ProductFilter filter, Sort sort, SpreadsheetFormat format) {
		List<String> headers = new ArrayList<>();
		headers.add("id");
		for (ProductField field : ProductField.values()) {
			headers.add(field.path());
		}
		return exports.prepare("productos-" + LocalDate.now(clock.withZone(zone)), format, headers,
				row -> queries.forEach(filter, sort, product -> row.accept(cells(product))));
	}

	private static List<Object> cells(ProductView product) {
		ProductData data = ProductField.dataOf(product);
		List<Object> cells = new ArrayList<>();
		cells.add(product.id());
		for (ProductField field : ProductField.values()) {
			cells.add(field.writtenIn(data));
		}
		return cells;
	}
}
