package org.trastienda.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The columns an import understands, and the one that matches a row to a stored record. A header
 * is a field's API path ({@code legalName}, {@code address.city}) or one of its aliases in
 * Spanish or English ({@code razonSocial}, {@code Razón social}); case, accents, spaces, dots,
 * dashes and underscores do not matter.
 *
 * @param <F> what a column fills, e.g. an enum of the record's fields
 */
public final class ImportColumns<F> {

	/** A field an import fills: its API path (also its export header) and how its cells read. */
	public record Column<F>(F field, String path, CellReader reader) {
	}

	/** A file's header: what each column fills, the columns nobody knows, those that repeat a field. */
	public record Mapping<F>(Map<String, Column<F>> columns, List<String> unknown, Map<String, Column<F>> repeated) {
	}

	private final Map<String, Column<F>> byName;

	private final Set<String> ignored;

	private final Column<F> key;

	private final UnaryOperator<String> keyNormaliser;

	private final String labelPrefix;

	private ImportColumns(Builder<F> builder) {
		this.byName = Map.copyOf(builder.byName);
		this.ignored = Set.copyOf(builder.ignored);
		this.key = builder.key;
		this.keyNormaliser = builder.keyNormaliser;
		this.labelPrefix = builder.labelPrefix;
	}

	/**
	 * Starts the columns of an import.
	 *
	 * @param labelPrefix where the fields' translated names are, e.g. {@code customers.field.}
	 */
	public static <F> Builder<F> labelledBy(String labelPrefix) {
		return new Builder<>(labelPrefix);
	}

	/** Which column each header names. */
	public Mapping<F> map(Collection<String> headers) {
		Map<String, Column<F>> columns = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		Map<String, Column<F>> repeated = new LinkedHashMap<>();
		for (String header : headers) {
			String name = key(header);
			Column<F> column = byName.get(name);
			if (column != null && columns.containsValue(column)) {
				repeated.put(header, column);
			}
			else if (column != null) {
				columns.put(header, column);
			}
			else if (!ignored.contains(name)) {
				unknown.add(header);
			}
		}
		return new Mapping<>(columns, unknown, repeated);
	}

	/** The column whose value matches a row to a stored record (a tax id, a SKU). */
	public Column<F> key() {
		return key;
	}

	/** The key as stored records hold it, or null when the row has none. */
	public String keyOf(Object value) {
		String normalised = value == null ? null : keyNormaliser.apply(value.toString());
		return normalised == null || normalised.isEmpty() ? null : normalised;
	}

	/** The column's translated name, as a message argument. */
	public MessageSourceResolvable label(Column<F> column) {
		return new DefaultMessageSourceResolvable(new String[] { labelPrefix + column.path() }, column.path());
	}

	/** A header reduced to lower-case letters and digits. */
	static String key(String header) {
		String withoutAccents = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	public static final class Builder<F> {

		private final String labelPrefix;

		private final Map<String, Column<F>> byName = new HashMap<>();

		private final Set<String> ignored = new HashSet<>();

		private Column<F> key;

		private UnaryOperator<String> keyNormaliser;

		private Builder(String labelPrefix) {
			this.labelPrefix = labelPrefix;
		}

		/** A column named by its path or any of the aliases. */
		public Builder<F> column(F field, String path, CellReader reader, String... aliases) {
			Column<F> column = new Column<>(field, path, reader);
			name(path, column);
			for (String alias : aliases) {
				name(alias, column);
			}
			return this;
		}

		/** Columns an export writes that an import quietly skips (an id, a version). */
		public Builder<F> ignoring(String... names) {
			for (String name : names) {
				ignored.add(key(name));
			}
			return this;
		}

		/** The field that matches rows to stored records, written as stored records hold it. */
		public Builder<F> matchedOn(F field, UnaryOperator<String> normaliser) {
			this.key = byName.values().stream()
				.filter(column -> column.field().equals(field))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no import column for the key " + field));
			this.keyNormaliser = normaliser;
			return this;
		}

		public ImportColumns<F> build() {
			if (key == null) {
				throw new IllegalStateException("an import needs the column that matches stored records");
			}
			return new ImportColumns<>(this);
		}

		private void name(String name, Column<F> column) {
			Column<F> earlier = byName.put(key(name), column);
			if (earlier != null && !earlier.equals(column)) {
				throw new IllegalStateException("import column " + name + " names two fields");
			}
		}
	}
}
