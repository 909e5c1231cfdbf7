package org.trastienda.catalog.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.trastienda.audit.AuditEntryView;
import org.trastienda.catalog.Catalog;
import org.trastienda.catalog.ProductFilter;
import org.trastienda.catalog.ProductView;
import org.trastienda.catalog.VatRate;
import org.trastienda.documents.Downloads;
import org.trastienda.documents.ImportReport;
import org.trastienda.documents.SpreadsheetFormat;
import org.trastienda.web.Paging;

/** The catalogue's JSON API: products, their history, import and export. */
@RestController
@Tag(name = "Products", description = "The product catalogue: everyone signed in reads, the back office writes")
class ProductApiController {

	private final Catalog catalog;

	ProductApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/api/v1/products")
	@PreAuthorize(CatalogRules.READ)
	@Operation(summary = "List products",
			description = "Sort by sku, name, category, unit, listPrice, vatRate, active or updatedAt.")
	PagedModel<ProductView> list(
			@Parameter(description = "fragment of SKU, name, category or description") @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(example = "listPrice,desc") @RequestParam(required = false) String sort) {
		Paging.Request paging = Paging.of(page, size, sort, CatalogRules.SORTABLE, CatalogRules.DEFAULT_SORT);
		return new PagedModel<>(catalog.search(new ProductFilter(q, category, active), paging.pageable()));
	}

	@PostMapping("/api/v1/products")
	@PreAuthorize(CatalogRules.WRITE)
	@Operation(summary = "Create a product", description = "409 when another product has the SKU.")
	ResponseEntity<ProductView> create(@RequestBody ProductRequest request) {
		ProductView created = catalog.create(request.toData());
		return ResponseEntity.created(URI.create("/api/v1/products/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/products/{id}")
	@PreAuthorize(CatalogRules.READ)
	@Operation(summary = "One product")
	ProductView get(@PathVariable Long id) {
		return catalog.get(id);
	}

	@PutMapping("/api/v1/products/{id}")
	@PreAuthorize(CatalogRules.WRITE)
	@Operation(summary = "Update a product",
			description = "Send the version you read: 409 when it is stale, or when another product has the SKU.")
	ProductView update(@PathVariable Long id, @RequestBody ProductRequest request) {
		return catalog.update(id, request.version(), request.toData());
	}

	@GetMapping("/api/v1/products/{id}/history")
	@PreAuthorize(CatalogRules.READ)
	@Operation(summary = "Every recorded change of a product, newest first")
	List<AuditEntryView> history(@PathVariable Long id) {
		return catalog.history(id);
	}

	@GetMapping("/api/v1/products/categories")
	@PreAuthorize(CatalogRules.READ)
	@Operation(summary = "The categories products have, alphabetically")
	List<String> categories() {
		return catalog.categories();
	}

	@GetMapping("/api/v1/products/vat-rates")
	@PreAuthorize(CatalogRules.READ)
	@Operation(summary = "The VAT rates a product may carry")
	List<VatRate> vatRates() {
		return catalog.vatRates();
	}

	@PostMapping("/api/v1/products/import")
	@PreAuthorize(CatalogRules.WRITE)
	@Operation(summary = "Import products from CSV or XLSX",
			description = "A dry run (the default) only checks. A real import with a bad row writes nothing and "
					+ "answers 422 with the same report. Rows match products on the SKU.")
	ResponseEntity<ImportReport> importProducts(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
		ImportReport report = catalog.importProducts(file.getInputStream(), dryRun);
		HttpStatus status = dryRun || report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(report);
	}

	/** Also at {@code /products/export}: the list page's export buttons, signed in by the browser session. */
	@GetMapping({ "/api/v1/products/export", "/products/export" })
	@PreAuthorize(CatalogRules.READ)
	@Operation(summary = "Export the filtered list as CSV or XLSX", description = "Columns as the import reads them.")
	void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) String sort, HttpServletResponse response) {
		Paging.Request paging = Paging.of(null, null, sort, CatalogRules.SORTABLE, CatalogRules.DEFAULT_SORT);
		Downloads.send(catalog.export(new ProductFilter(q, category, active), paging.sort(),
				SpreadsheetFormat.of(format)), response);
	}
}
