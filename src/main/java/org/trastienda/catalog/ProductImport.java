package org.trastienda.catalog;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.AuditTrail;
import org.trastienda.documents.ImportColumns;
import org.trastienda.documents.ImportReport;
import org.trastienda.documents.ImportRow;
import org.trastienda.documents.ImportTarget;
import org.trastienda.documents.PlannedRow;
import org.trastienda.documents.SpreadsheetImports;
import org.trastienda.identity.CurrentUser;
import org.trastienda.shared.FieldError;

/**
 * Imports products from a CSV or XLSX file, all or nothing (see {@link SpreadsheetImports}). A row
 * whose SKU exists updates that product (its columns only, and only when something differs), so
 * importing the same file twice changes nothing the second time.
 */
@Component
class ProductImport {

	private final SpreadsheetImports imports;

	private final ProductRepository products;

	private final ProductEditor editor;

	private final VatRates vatRates;

	private final AuditTrail audit;

	ProductImport(SpreadsheetImports imports, ProductRepository products, ProductEditor editor, VatRates vatRates,
			AuditTrail audit) {
		this.imports = imports;
		this.products = products;
		this.editor = editor;
		this.vatRates = vatRates;
		this.audit = audit;
	}

	ImportReport run(CurrentUser user, InputStream content, boolean dryRun) {
		ProductEditor.requireWrite(user);
		return imports.run(content, dryRun, new Run(user, vatRates.table()));
	}

	/** A checked row: the complete product, and the stored one it changes (null for a new one). */
	private record Planned(Product existing, ProductData before, ProductData after) {
	}

	/** One import by one user: the products its SKUs name. */
	private final class Run implements ImportTarget<ProductField, Planned> {

		private final CurrentUser user;

		private final VatRates.Table rates;

		private final Map<String, Product> existing = new HashMap<>();

		Run(CurrentUser user, VatRates.Table rates) {
			this.user = user;
			this.rates = rates;
		}

		@Override
		public ImportColumns<ProductField> columns() {
			return ProductColumns.COLUMNS;
		}

		@Override
		public void lookUp(List<String> skus) {
			products.findBySkuIn(skus).forEach(product -> existing.put(product.getSku(), product));
		}

		@Override
		public PlannedRow<Planned> plan(ImportRow<ProductField> row) {
			Product product = row.key() == null ? null : existing.get(row.key());
			ProductData before = product == null ? null : product.toData();
			Map<ProductField, Object> merged = before == null ? new EnumMap<>(ProductField.class)
					: ProductField.valuesOf(before);
			merged.putAll(row.values());
			ProductData after = ProductRules.complete(ProductField.dataOf(merged), before, rates);
			List<FieldError> errors = ProductRules.check(after, rates);
			if (!errors.isEmpty()) {
				return PlannedRow.rejected(errors);
			}
			if (product == null) {
				return PlannedRow.create(new Planned(null, null, after));
			}
			return ProductField.between(before, after).isEmpty() ? PlannedRow.unchanged()
					: PlannedRow.update(new Planned(product, before, after));
		}

		@Override
		public void write(List<Planned> rows) {
			List<AuditRecord> trail = new ArrayList<>();
			List<ProductData> created = new ArrayList<>();
			for (Planned row : rows) {
				if (row.existing() == null) {
					created.add(row.after());
				}
				else {
					editor.update(row.existing(), row.before(), row.after(), user, trail);
				}
			}
			editor.createAll(created, user, trail);
			products.flush();
			audit.recordAll(trail);
		}
	}
}
