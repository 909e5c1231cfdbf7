package org.trastienda.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** A product of the catalogue. */
@Entity
class Product {

	/** From a sequence in blocks, so imports insert products in batches. */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
	@SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
	private Long id;

	private String sku;

	private String name;

	private String description;

	private String category;

	@Enumerated(EnumType.STRING)
	private ProductUnit unit;

	private BigDecimal listPrice;

	private BigDecimal vatRate;

	private boolean active;

	private String searchText = "";

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected Product() {
	}

	Product(Instant now, String username) {
		this.createdAt = now;
		this.createdBy = username;
		this.updatedAt = now;
		this.updatedBy = username;
	}

	/** Takes over a complete, checked product. */
	void apply(ProductData data) {
		this.sku = data.sku();
		this.name = data.name();
		this.description = data.description();
		this.category = data.category();
		this.unit = data.unit();
		this.listPrice = data.listPrice();
		this.vatRate = data.vatRate();
		this.active = data.active();
		String text = Stream.of(sku, name, category, description)
			.filter(Objects::nonNull)
			.map(value -> value.toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(" "));
		this.searchText = text.length() > 2400 ? text.substring(0, 2400) : text;
	}

	void touch(Instant now, String username) {
		this.updatedAt = now;
		this.updatedBy = username;
	}

	ProductData toData() {
		return new ProductData(sku, name, description, category, unit, ProductRules.listPrice(listPrice),
				VatRates.percent(vatRate), active);
	}

	Long getId() {
		return id;
	}

	String getSku() {
		return sku;
	}

	String getName() {
		return name;
	}

	long getVersion() {
		return version;
	}

	/** How the audit trail names the product. */
	String label() {
		return sku + " " + name;
	}
}
