package org.trastienda.catalog;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.AuditTrail;
import org.trastienda.documents.ImportReport;
import org.trastienda.documents.SpreadsheetExport;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.ConflictException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/**
 * The product catalogue. Anyone may read it (callers check who is signed in); writing needs the
 * back office or an administrator (else {@link org.springframework.security.access.AccessDeniedException}),
 * and every change goes to the audit trail. Invalid input raises {@link InvalidInputException}
 * with the API's field paths; an SKU that another product has raises {@link ConflictException}.
 */
@Service
@Transactional
public class Catalog {

	/** The largest page a list answers; bigger requests get this size. */
	public static final int MAX_PAGE_SIZE = 200;

	private final UserDirectory directory;

	private final ProductRepository products;

	private final ProductQueries queries;

	private final ProductEditor editor;

	private final VatRates vatRates;

	private final ProductImport importer;

	private final ProductExports exports;

	private final AuditTrail audit;

	Catalog(UserDirectory directory, ProductRepository products, ProductQueries queries, ProductEditor editor,
			VatRates vatRates, ProductImport importer, ProductExports exports, AuditTrail audit) {
		this.directory = directory;
		this.products = products;
		this.queries = queries;
		this.editor = editor;
		this.vatRates = vatRates;
		this.importer = importer;
		this.exports = exports;
		this.audit = audit;
	}

	/** The fields a list may be sorted by (API field names). */
	public static List<String> sortableColumns() {
		return List.copyOf(ProductQueries.SORTABLE.keySet());
	}

	/** Products matching the filter, sorted by any of {@link #sortableColumns()} (else 400 on {@code sort}). */
	@Transactional(readOnly = true)
	public Page<ProductView> search(ProductFilter filter, Pageable pageable) {
		Pageable page = pageable.getPageSize() > MAX_PAGE_SIZE
				? PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE, pageable.getSort()) : pageable;
		return queries.search(filter == null ? ProductFilter.none() : filter, page);
	}

	/** One product; {@link NotFoundException} when there is none with the id. */
	@Transactional(readOnly = true)
	public ProductView get(Long id) {
		return find(id).orElseThrow(() -> new NotFoundException("product", id));
	}

	/** One product, if there is one with the id: what a contract line names. */
	@Transactional(readOnly = true)
	public Optional<ProductView> find(Long id) {
		return id == null ? Optional.empty() : queries.find(id);
	}

	/** The product with the SKU, written in any case and with surrounding blanks. */
	@Transactional(readOnly = true)
	public Optional<ProductView> findBySku(String sku) {
		String normalized = Sku.normalize(sku);
		return normalized == null ? Optional.empty() : queries.findBySku(normalized);
	}

	/** The categories products have, alphabetically. */
	@Transactional(readOnly = true)
	public List<String> categories() {
		return queries.categories();
	}

	/** The VAT rates a product may carry, highest first. */
	@Transactional(readOnly = true)
	public List<VatRate> vatRates() {
		return vatRates.table().all();
	}

	/** Whether the signed-in user may create, edit and import products. */
	public boolean mayWrite() {
		return ProductEditor.mayWrite(user());
	}

	/** Adds a product; an SKU another product has answers 409 naming that product. */
	public ProductView create(ProductData data) {
		CurrentUser user = user();
		ProductEditor.requireWrite(user);
		VatRates.Table rates = vatRates.table();
		ProductData product = checked(ProductRules.complete(data, null, rates), rates);
		requireUniqueSku(product.sku(), null);
		List<AuditRecord> trail = new ArrayList<>();
		Long id = editor.createAll(List.of(product), user, trail).get(0).getId();
		products.flush();
		audit.recordAll(trail);
		return get(id);
	}

	/**
	 * Replaces a product's data if {@code version} is the one stored (else 409). Absent unit, VAT
	 * rate and active flag keep their values; a change to nothing records nothing.
	 */
	public ProductView update(Long id, Long version, ProductData data) {
		CurrentUser user = user();
		ProductEditor.requireWrite(user);
		Product product = products.findById(id).orElseThrow(() -> new NotFoundException("product", id));
		Versions.requireCurrent(version, product.getVersion());
		VatRates.Table rates = vatRates.table();
		ProductData before = product.toData();
		ProductData after = checked(ProductRules.complete(data, before, rates), rates);
		requireUniqueSku(after.sku(), id);
		List<AuditRecord> trail = new ArrayList<>();
		editor.update(product, before, after, user, trail);
		products.flush();
		audit.recordAll(trail);
		return get(id);
	}

	/** Every recorded change of the product, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(Long id) {
		get(id);
		return audit.history(ProductEditor.AUDIT_TYPE, id);
	}

	/**
	 * Imports products from a CSV or XLSX file: checks every row and reports every bad one; unless
	 * it is a dry run and only when no row is bad, writes them all (new SKUs create products, known
	 * ones update them where something differs).
	 */
	public ImportReport importProducts(InputStream content, boolean dryRun) {
		return importer.run(user(), content, dryRun);
	}

	/** The filtered list as a spreadsheet, checked now and written when {@link SpreadsheetExport#writeTo} is called. */
	@Transactional(readOnly = true)
	public SpreadsheetExport export(ProductFilter filter, Sort sort, SpreadsheetFormat format) {
		return exports.prepare(filter == null ? ProductFilter.none() : filter, ProductQueries.checkedSort(sort),
				format);
	}

	private static ProductData checked(ProductData product, VatRates.Table rates) {
		List<FieldError> errors = ProductRules.check(product, rates);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return product;
	}

	private void requireUniqueSku(String sku, Long exceptId) {
		products.findBySku(sku)
			.filter(existing -> !existing.getId().equals(exceptId))
			.ifPresent(existing -> {
				throw new ConflictException("sku", "catalog.error.sku.duplicate", existing.getSku(), existing.getName(),
						String.valueOf(existing.getId()));
			});
	}

	private CurrentUser user() {
		return directory.requireCurrent();
	}
}
