package org.trastienda.demo;

import java.util.List;
import java.util.Map;

/** The demo company's four sales regions and the real provinces, towns and postal prefixes in each. */
final class SpanishPlaces {

	record Region(String code, String name) {
	}

	/** A province with its postal code prefix and some of its towns. */
	record Province(String name, String postalPrefix, List<String> towns) {
	}

	static final List<Region> REGIONS = List.of(new Region("NORTE", "Norte"), new Region("SUR", "Sur"),
			new Region("ESTE", "Este"), new Region("CENTRO", "Centro"));

	static final Map<String, List<Province>> PROVINCES = Map.of(
			"NORTE", List.of(
					new Province("A Coruña", "15", List.of("A Coruña", "Santiago de Compostela", "Ferrol", "Arteixo")),
					new Province("Pontevedra", "36", List.of("Vigo", "Pontevedra", "Vilagarcía de Arousa")),
					new Province("Asturias", "33", List.of("Oviedo", "Gijón", "Avilés", "Siero")),
					new Province("Cantabria", "39", List.of("Santander", "Torrelavega", "Castro Urdiales")),
					new Province("Bizkaia", "48", List.of("Bilbao", "Barakaldo", "Getxo", "Durango")),
					new Province("Gipuzkoa", "20", List.of("Donostia-San Sebastián", "Irun", "Eibar")),
					new Province("Navarra", "31", List.of("Pamplona", "Tudela", "Estella")),
					new Province("León", "24", List.of("León", "Ponferrada", "San Andrés del Rabanedo"))),
			"SUR", List.of(
					new Province("Sevilla", "41", List.of("Sevilla", "Dos Hermanas", "Alcalá de Guadaíra", "Utrera")),
					new Province("Málaga", "29", List.of("Málaga", "Marbella", "Vélez-Málaga", "Antequera")),
					new Province("Cádiz", "11", List.of("Jerez de la Frontera", "Cádiz", "Algeciras", "El Puerto de Santa María")),
					new Province("Córdoba", "14", List.of("Córdoba", "Lucena", "Puente Genil")),
					new Province("Granada", "18", List.of("Granada", "Motril", "Armilla")),
					new Province("Almería", "04", List.of("Almería", "El Ejido", "Roquetas de Mar")),
					new Province("Murcia", "30", List.of("Murcia", "Cartagena", "Lorca", "Molina de Segura"))),
			"ESTE", List.of(
					new Province("Barcelona", "08", List.of("Barcelona", "L'Hospitalet de Llobregat", "Sabadell", "Terrassa", "Mataró")),
					new Province("Tarragona", "43", List.of("Tarragona", "Reus", "Tortosa")),
					new Province("Girona", "17", List.of("Girona", "Figueres", "Blanes")),
					new Province("Valencia", "46", List.of("Valencia", "Gandia", "Torrent", "Paterna")),
					new Province("Alicante", "03", List.of("Alicante", "Elche", "Benidorm", "Alcoy")),
					new Province("Castellón", "12", List.of("Castellón de la Plana", "Vila-real", "Vinaròs")),
					new Province("Zaragoza", "50", List.of("Zaragoza", "Calatayud", "Utebo"))),
			"CENTRO", List.of(
					new Province("Madrid", "28", List.of("Madrid", "Alcalá de Henares", "Getafe", "Móstoles", "Alcobendas", "Leganés")),
					new Province("Toledo", "45", List.of("Toledo", "Talavera de la Reina", "Illescas")),
					new Province("Guadalajara", "19", List.of("Guadalajara", "Azuqueca de Henares")),
					new Province("Valladolid", "47", List.of("Valladolid", "Medina del Campo", "Laguna de Duero")),
					new Province("Salamanca", "37", List.of("Salamanca", "Béjar", "Ciudad Rodrigo")),
					new Province("Ciudad Real", "13", List.of("Ciudad Real", "Puertollano", "Tomelloso")),
					new Province("Cáceres", "10", List.of("Cáceres", "Plasencia", "Navalmoral de la Mata"))));

	static final List<String> STREETS = List.of("Calle Mayor", "Avenida de la Constitución", "Calle Real",
			"Polígono Industrial El Prado, nave", "Calle de la Industria", "Avenida de Andalucía", "Calle San Francisco",
			"Paseo de la Estación", "Calle del Comercio", "Avenida de Europa", "Calle Nueva", "Camino Viejo",
			"Polígono Industrial Los Llanos, parcela", "Plaza de España", "Calle de los Artesanos");

	private SpanishPlaces() {
	}
}
