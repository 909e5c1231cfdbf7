package org.trastienda.demo;

import java.util.ArrayList;
import java.util.List;

import org.trastienda.identity.Role;

/** The demo company's people: one login per role, a manager and two sales reps per region. */
final class DemoStaff {

	static final String PASSWORD = "demo12345!";

	/** A demo user; {@code regionCode} null for company-wide roles. */
	record Member(String username, String fullName, Role role, String regionCode) {
	}

	static final String BACK_OFFICE = "administracion";

	static final List<Member> MEMBERS = members();

	private DemoStaff() {
	}

	/** The sales reps of a region. */
	static List<Member> repsOf(String regionCode) {
		return MEMBERS.stream()
			.filter(member -> member.role() == Role.SALES_REP && regionCode.equals(member.regionCode()))
			.toList();
	}

	private static List<Member> members() {
		List<Member> members = new ArrayList<>();
		members.add(new Member("director", "Ricardo Salvatierra Montes", Role.SALES_DIRECTOR, null));
		members.add(new Member(BACK_OFFICE, "Nuria Castaño Rivas", Role.BACK_OFFICE, null));
		members.add(new Member("finanzas", "Óscar Lamas Ferrer", Role.FINANCE, null));
		String[][] managers = { { "NORTE", "Itziar Etxeberria Solano" }, { "SUR", "Rocío Benítez Carmona" },
				{ "ESTE", "Jordi Puig Ferrando" }, { "CENTRO", "Fernando Maroto Casado" } };
		String[][] reps = { { "Iker Aranburu Goñi", "Lorena Pazos Varela" }, { "Manuel Jiménez Lara", "Inmaculada Ruiz Vega" },
				{ "Marta Soler Vidal", "Vicent Llorens Mas" }, { "Beatriz Hidalgo Sanz", "Álvaro Cuesta Pardo" } };
		int rep = 1;
		for (int i = 0; i < managers.length; i++) {
			String region = managers[i][0];
			members.add(new Member("gerente." + region.toLowerCase(java.util.Locale.ROOT), managers[i][1],
					Role.REGIONAL_MANAGER, region));
			for (String name : reps[i]) {
				members.add(new Member("comercial" + rep++, name, Role.SALES_REP, region));
			}
		}
		return List.copyOf(members);
	}
}
