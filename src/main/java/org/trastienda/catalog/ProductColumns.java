package org.trastienda.catalog;

import java.util.HashMap;
import java.util.Map;

import org.trastienda.documents.CellReader;
import org.trastienda.documents.ImportColumns;

/**
 * The columns of a product import: every {@link ProductField} by its API path or its Spanish or
 * English names ({@code sku}, {@code nombre}, {@code descripcion}, {@code categoria}, {@code unidad},
 * {@code precio}, {@code iva}, {@code activo}). Rows match stored products on the SKU.
 */
final class ProductColumns {

	static final ImportColumns<ProductField> COLUMNS = ImportColumns.<ProductField>labelledBy("catalog.field.")
		.column(ProductField.SKU, "sku", CellReader.text(), "referencia", "ref", "codigo", "codigoProducto", "articulo")
		.column(ProductField.NAME, "name", CellReader.text(), "nombre", "denominacion", "producto")
		.column(ProductField.DESCRIPTION, "description", CellReader.text(), "descripcion", "detalle")
		.column(ProductField.CATEGORY, "category", CellReader.text(), "categoria", "familia")
		.column(ProductField.UNIT, "unit", CellReader.choice(unitNames()), "unidad", "unidadDeMedida", "um")
		.column(ProductField.LIST_PRICE, "listPrice", CellReader.decimal(), "precio", "price", "precioDeTarifa",
				"precioTarifa", "pvp", "tarifa")
		.column(ProductField.VAT_RATE, "vatRate", CellReader.decimal(), "iva", "vat", "tipoIva", "tipoDeIva")
		.column(ProductField.ACTIVE, "active", CellReader.yesNo(), "activo", "activa")
		.ignoring("id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy")
		.matchedOn(ProductField.SKU, Sku::normalize)
		.build();

	private ProductColumns() {
	}

	/** Each unit by its code, its constant's name and its other names. */
	private static Map<String, ProductUnit> unitNames() {
		Map<String, ProductUnit> names = new HashMap<>();
		for (ProductUnit unit : ProductUnit.values()) {
			names.put(unit.name(), unit);
			names.put(unit.code(), unit);
			unit.otherNames().forEach(name -> names.put(name, unit));
		}
		return names;
	}
}
