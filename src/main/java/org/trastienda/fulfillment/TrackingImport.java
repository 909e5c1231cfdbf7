package org.trastienda.fulfillment;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.trastienda.documents.CellReader;
import org.trastienda.documents.ImportColumns;
import org.trastienda.documents.ImportReport;
import org.trastienda.documents.ImportRow;
import org.trastienda.documents.ImportTarget;
import org.trastienda.documents.PlannedRow;
import org.trastienda.documents.SpreadsheetImports;
import org.trastienda.shared.FieldError;

/**
 * Imports the tracking updates logistics sends, all or nothing (see {@link SpreadsheetImports}):
 * one row per shipment, found by its number or its tracking number, with the new status, the day
 * and a note. A row repeating the shipment's current status changes nothing, so a file imported
 * twice does nothing the second time.
 */
@Component
class TrackingImport {

	/** What a column of a tracking file fills. */
	enum Field {
		REFERENCE, STATUS, OCCURRED_ON, NOTE
	}

	static final ImportColumns<Field> COLUMNS = ImportColumns.<Field>labelledBy("fulfillment.import.field.")
		.column(Field.REFERENCE, "reference", CellReader.text(), "shipment", "shipmentNumber", "number", "trackingNumber",
				"tracking", "referencia", "envio", "albaran", "numeroDeEnvio", "numeroDeSeguimiento", "seguimiento")
		.column(Field.STATUS, "status", CellReader.choice(statusNames()), "estado", "situacion")
		.column(Field.OCCURRED_ON, "occurredOn", TrackingImport::date, "date", "fecha", "dia")
		.column(Field.NOTE, "note", CellReader.text(), "nota", "notes", "observaciones", "comentario")
		.matchedOn(Field.REFERENCE, reference -> reference.strip().toUpperCase(Locale.ROOT))
		.build();

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final SpreadsheetImports imports;

	private final ShipmentRepository shipments;

	private final StatusUpdates statuses;

	TrackingImport(SpreadsheetImports imports, ShipmentRepository shipments, StatusUpdates statuses) {
		this.imports = imports;
		this.shipments = shipments;
		this.statuses = statuses;
	}

	ImportReport run(InputStream content, boolean dryRun, String actor) {
		return imports.run(content, dryRun, new Run(actor));
	}

	/** A checked row: the shipment and the update it gets. */
	private record Planned(Shipment shipment, StatusUpdate update) {
	}

	/** One import by one user: the shipments its references name. */
	private final class Run implements ImportTarget<Field, Planned> {

		private final String actor;

		private final Map<String, List<Shipment>> byReference = new HashMap<>();

		Run(String actor) {
			this.actor = actor;
		}

		@Override
		public ImportColumns<Field> columns() {
			return COLUMNS;
		}

		@Override
		public void lookUp(List<String> references) {
			for (Shipment shipment : shipments.findByReferences(references)) {
				for (String reference : List.of(shipment.getNumber(), String.valueOf(shipment.getTrackingNumber()))) {
					String key = reference.toUpperCase(Locale.ROOT);
					if (references.contains(key)) {
						byReference.computeIfAbsent(key, any -> new ArrayList<>()).add(shipment);
					}
				}
			}
		}

		@Override
		public PlannedRow<Planned> plan(ImportRow<Field> row) {
			List<Shipment> found = row.key() == null ? List.of() : byReference.getOrDefault(row.key(), List.of());
			if (found.size() != 1) {
				String messageKey = row.key() == null ? "fulfillment.error.required"
						: found.isEmpty() ? "fulfillment.import.unknownShipment" : "fulfillment.import.ambiguous";
				return PlannedRow.rejected(List.of(new FieldError("reference", messageKey,
						Labels.of("fulfillment.import.field.reference"), row.key())));
			}
			Shipment shipment = found.get(0);
			StatusUpdate update = statuses.complete(new StatusUpdate((ShipmentStatus) row.value(Field.STATUS),
					(LocalDate) row.value(Field.OCCURRED_ON), (String) row.value(Field.NOTE)));
			if (update.status() == shipment.getStatus()) {
				return PlannedRow.unchanged();
			}
			List<FieldError> errors = statuses.problems(shipment, update);
			return errors.isEmpty() ? PlannedRow.update(new Planned(shipment, update)) : PlannedRow.rejected(errors);
		}

		@Override
		public void write(List<Planned> rows) {
			for (Planned row : rows) {
				Shipment locked = shipments.findLockedById(row.shipment().getId()).orElseThrow();
				statuses.apply(locked, row.update(), StatusSource.IMPORT, actor);
			}
		}
	}

	/** Each status by its name and its Spanish and English words ({@code entregado}, {@code en tránsito}). */
	private static Map<String, ShipmentStatus> statusNames() {
		Map<String, ShipmentStatus> names = new HashMap<>();
		for (ShipmentStatus status : ShipmentStatus.values()) {
			names.put(status.name(), status);
			names.put(status.name().replace('_', ' '), status);
		}
		names.put("PREPARADO", ShipmentStatus.PREPARED);
		names.put("ENVIADO", ShipmentStatus.SHIPPED);
		names.put("EXPEDIDO", ShipmentStatus.SHIPPED);
		names.put("EN TRANSITO", ShipmentStatus.IN_TRANSIT);
		names.put("EN_TRANSITO", ShipmentStatus.IN_TRANSIT);
		names.put("ENTREGADO", ShipmentStatus.DELIVERED);
		names.put("INCIDENCIA", ShipmentStatus.EXCEPTION);
		return names;
	}

	/** {@code 2026-03-31} or {@code 31/03/2026}. */
	private static Object date(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new CellReader.Unreadable("fulfillment.import.notADate");
		}
	}
}
