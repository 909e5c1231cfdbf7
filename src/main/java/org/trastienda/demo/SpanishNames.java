package org.trastienda.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Spanish company and person names, drawn from a seeded random. */
final class SpanishNames {

	private static final List<String> ACTIVITIES = List.of("Construcciones", "Distribuciones", "Suministros",
			"Talleres", "Transportes", "Comercial", "Ferretería", "Instalaciones", "Electricidad", "Carpintería",
			"Alimentación", "Bodegas", "Maderas", "Aceros", "Pinturas", "Climatización", "Reformas", "Envases",
			"Plásticos", "Papelería", "Cerámicas", "Materiales", "Mármoles", "Recambios", "Hostelería");

	private static final List<String> SURNAMES = List.of("García", "Martínez", "López", "Sánchez", "González",
			"Pérez", "Rodríguez", "Fernández", "Gómez", "Ruiz", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro",
			"Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Molina", "Castro", "Ortega",
			"Delgado", "Morales", "Iglesias", "Castillo", "Santos", "Medina", "Herrera", "Aguilar", "Prieto");

	private static final List<String> PLACE_WORDS = List.of("del Norte", "del Sur", "Levante", "Mediterráneo",
			"Atlántico", "Cantábrico", "Ibérica", "Peninsular", "del Ebro", "del Duero", "Guadalquivir",
			"de la Sierra", "del Valle", "Castellana", "Hispalense", "del Tajo", "Costa Brava", "Meseta");

	private static final List<String> SUFFIXES = List.of("Hermanos", "e Hijos", "Asociados", "Grupo", "y Cía.");

	private static final List<String> FIRST_NAMES = List.of("María", "Carmen", "Ana", "Laura", "Lucía", "Isabel",
			"Marta", "Elena", "Pilar", "Cristina", "Rosa", "Paula", "Antonio", "José", "Manuel", "Francisco", "David",
			"Juan", "Javier", "Daniel", "Carlos", "Miguel", "Alejandro", "Pablo", "Sergio", "Jorge", "Alberto");

	private final Random random;

	SpanishNames(Random random) {
		this.random = random;
	}

	/** A company's name before its legal form, e.g. "Distribuciones Levante" or "Talleres Ruiz Hermanos". */
	String companyName() {
		String activity = pick(ACTIVITIES);
		return switch (random.nextInt(3)) {
			case 0 -> activity + " " + pick(PLACE_WORDS);
			case 1 -> activity + " " + pick(SURNAMES) + " " + pick(SUFFIXES);
			default -> activity + " " + pick(SURNAMES) + " y " + pick(SURNAMES);
		};
	}

	String firstName() {
		return pick(FIRST_NAMES);
	}

	/** Two surnames, as Spanish names carry. */
	String surnames() {
		return pick(SURNAMES) + " " + pick(SURNAMES);
	}

	/** Lower-case ASCII for e-mail addresses and web domains: "Ferretería Ruiz" → "ferreteriaruiz". */
	static String slug(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]", "");
	}

	<T> T pick(List<T> options) {
		return options.get(random.nextInt(options.size()));
	}
}
