package org.trastienda.catalog.web;

import java.math.BigDecimal;

import org.trastienda.catalog.ProductData;
import org.trastienda.catalog.ProductUnit;
import org.trastienda.catalog.ProductView;

/** The product form; field names are the API's, so the catalogue's errors land beside the inputs. */
public class ProductForm {

	private String sku;

	private String name;

	private String description;

	private String category;

	private ProductUnit unit = ProductUnit.UNIT;

	private BigDecimal listPrice;

	private BigDecimal vatRate;

	private boolean active = true;

	private Long version;

	static ProductForm of(ProductView product) {
		ProductForm form = new ProductForm();
		form.sku = product.sku();
		form.name = product.name();
		form.description = product.description();
		form.category = product.category();
		form.unit = product.unit();
		form.listPrice = product.listPrice();
		form.vatRate = product.vatRate();
		form.active = product.active();
		form.version = product.version();
		return form;
	}

	ProductData toData() {
		return new ProductData(sku, name, description, category, unit, listPrice, vatRate, active);
	}

	public String getSku() {
		return sku;
	}

	public void setSku(String sku) {
		this.sku = sku;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public ProductUnit getUnit() {
		return unit;
	}

	public void setUnit(ProductUnit unit) {
		this.unit = unit;
	}

	public BigDecimal getListPrice() {
		return listPrice;
	}

	public void setListPrice(BigDecimal listPrice) {
		this.listPrice = listPrice;
	}

	public BigDecimal getVatRate() {
		return vatRate;
	}

	public void setVatRate(BigDecimal vatRate) {
		this.vatRate = vatRate;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
