package org.trastienda.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.trastienda.catalog.ProductData;
import org.trastienda.catalog.ProductUnit;

/**
 * Draws the demo catalogue from one seeded random: each category's products in a few sizes or
 * grades, priced around a base price in the category's unit. The same seed gives the same catalogue.
 */
final class DemoProducts {

	private record Category(String name, String skuPrefix, ProductUnit unit, int vatRate, int basePrice,
			List<String> products, List<String> grades) {
	}

	private static final List<Category> CATEGORIES = List.of(
			new Category("Materiales de construcción", "MC", ProductUnit.PALLET, 21, 180,
					List.of("Ladrillo perforado", "Bloque de hormigón", "Cemento gris CEM II", "Mortero seco",
							"Yeso proyectable", "Árido lavado"),
					List.of("estándar", "reforzado", "hidrófugo", "alta resistencia")),
			new Category("Ferretería", "FE", ProductUnit.BOX, 21, 25,
					List.of("Tornillo rosca chapa", "Taco de nailon", "Clavo galvanizado", "Bisagra de acero",
							"Tuerca hexagonal"),
					List.of("M4", "M6", "M8", "M10")),
			new Category("Pinturas", "PI", ProductUnit.L, 21, 9,
					List.of("Pintura plástica", "Esmalte sintético", "Imprimación antioxidante", "Barniz al agua"),
					List.of("blanco", "gris perla", "marfil", "satinado")),
			new Category("Fontanería", "FO", ProductUnit.M, 21, 4,
					List.of("Tubo multicapa", "Tubo de PVC evacuación", "Tubo de cobre"),
					List.of("16 mm", "20 mm", "32 mm", "50 mm", "110 mm")),
			new Category("Material eléctrico", "EL", ProductUnit.UNIT, 21, 12,
					List.of("Interruptor magnetotérmico", "Diferencial", "Base de enchufe", "Luminaria LED"),
					List.of("10 A", "16 A", "25 A", "40 A")),
			new Category("Embalaje", "EM", ProductUnit.THOUSAND, 21, 45,
					List.of("Caja de cartón", "Bolsa de polietileno", "Etiqueta adhesiva"),
					List.of("pequeña", "mediana", "grande", "reforzada")),
			new Category("Alimentación", "AL", ProductUnit.KG, 10, 6,
					List.of("Aceite de oliva virgen extra", "Queso curado", "Jamón serrano", "Arroz bomba",
							"Almendra marcona"),
					List.of("granel", "envasado", "ecológico")),
			new Category("Servicios", "SE", ProductUnit.H, 21, 45,
					List.of("Instalación", "Mantenimiento preventivo", "Asistencia técnica", "Formación"),
					List.of("técnico", "técnico senior", "ingeniero")),
			new Category("Maquinaria", "MQ", ProductUnit.UNIT, 21, 2_400,
					List.of("Hormigonera", "Compresor", "Grupo electrógeno", "Andamio tubular"),
					List.of("compacto", "profesional", "industrial")));

	private final Random random;

	DemoProducts(long seed) {
		this.random = new Random(seed);
	}

	/** Every product of every category, each grade priced a little above the one before. */
	List<ProductData> draw() {
		List<ProductData> products = new ArrayList<>();
		for (Category category : CATEGORIES) {
			int number = 1;
			for (String product : category.products()) {
				double price = category.basePrice() * (0.6 + random.nextDouble());
				for (String grade : category.grades()) {
					String name = product + " " + grade;
					products.add(new ProductData("%s-%04d".formatted(category.skuPrefix(), number++), name,
							description(category, name), category.name(), category.unit(),
							BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_UP), BigDecimal.valueOf(category.vatRate()),
							random.nextInt(25) != 0));
					price *= 1.1 + random.nextDouble() / 5;
				}
			}
		}
		return products;
	}

	private static String description(Category category, String name) {
		return name + ", vendido por " + category.unit().code() + ". Familia "
				+ category.name().toLowerCase(Locale.ROOT) + ".";
	}
}
