package org.trastienda.fulfillment.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.trastienda.documents.Downloads;
import org.trastienda.documents.ImportReport;
import org.trastienda.fulfillment.DeliveryNote;
import org.trastienda.fulfillment.ProofOfDelivery;
import org.trastienda.fulfillment.RemainingLine;
import org.trastienda.fulfillment.ShipmentFilter;
import org.trastienda.fulfillment.ShipmentKind;
import org.trastienda.fulfillment.ShipmentStatus;
import org.trastienda.fulfillment.ShipmentView;
import org.trastienda.fulfillment.Shipments;
import org.trastienda.fulfillment.StatusChangeView;
import org.trastienda.fulfillment.StatusSource;
import org.trastienda.web.Paging;

@RestController
@Tag(name = "Shipments", description = "Shipments of sales contracts and receipts of purchase contracts, their "
		+ "delivery status, delivery notes and tracking imports")
class ShipmentApiController {

	private final Shipments shipments;

	ShipmentApiController(Shipments shipments) {
		this.shipments = shipments;
	}

	@GetMapping("/api/v1/shipments")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "List shipments in your scope",
			description = "Sort by number, shippedOn, deliveredOn, status, contractNumber, partyName or createdAt; "
					+ "latest shipped first by default.")
	PagedModel<ShipmentView> list(
			@Parameter(description = "fragment of the shipment, tracking or contract number or the party's name")
			@RequestParam(required = false) String q, @RequestParam(required = false) ShipmentKind kind,
			@RequestParam(required = false) ShipmentStatus status, @RequestParam(required = false) Long contractId,
			@RequestParam(required = false) Long partyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate shippedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate shippedTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(example = "shippedOn,desc") @RequestParam(required = false) String sort) {
		Paging.Request paging = Paging.of(page, size, sort, AccessRules.SHIPMENT_SORT,
				AccessRules.SHIPMENT_DEFAULT_SORT);
		return new PagedModel<>(shipments.search(
				new ShipmentFilter(q, kind, status, contractId, partyId, shippedFrom, shippedTo), paging.pageable()));
	}

	@PostMapping("/api/v1/shipments")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Make a shipment (a receipt, for a purchase contract) of an active contract",
			description = "It starts PREPARED. A line asking for more than remains of its contract line (contracted "
					+ "plus the contract's tolerance, less what was shipped, plus what came back) answers 422.")
	ResponseEntity<ShipmentView> create(@RequestBody ShipmentRequest request) {
		ShipmentView created = shipments.create(request.toData(), StatusSource.API);
		return ResponseEntity.created(URI.create("/api/v1/shipments/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/shipments/{id}")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "One shipment with its lines")
	ShipmentView get(@PathVariable Long id) {
		return shipments.get(id);
	}

	@GetMapping("/api/v1/shipments/{id}/status-history")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "The statuses the shipment has been in, oldest first")
	List<StatusChangeView> statusHistory(@PathVariable Long id) {
		return shipments.statusHistory(id);
	}

	@PostMapping("/api/v1/shipments/{id}/status")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Record a delivery status",
			description = "PREPARED → SHIPPED → IN_TRANSIT → DELIVERED, or EXCEPTION (with a note); occurredOn "
					+ "defaults to today. A move the status machine refuses answers 422; a stale version 409.")
	ShipmentView updateStatus(@PathVariable Long id, @RequestBody StatusRequest request) {
		return shipments.updateStatus(id, request.version(), request.toUpdate(), StatusSource.API);
	}

	@PostMapping("/api/v1/shipments/{id}/proof-of-delivery")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "File the proof of delivery of a delivered shipment")
	ShipmentView attachProof(@PathVariable Long id, @RequestParam("file") MultipartFile file) throws IOException {
		return shipments.attachProofOfDelivery(id,
				new ProofOfDelivery(file.getOriginalFilename(), file.getSize(), file.getInputStream()));
	}

	/** Also the shipment page's link, signed in by the browser session. */
	@GetMapping({ "/api/v1/shipments/{id}/proof-of-delivery", "/shipments/{id}/proof-of-delivery" })
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "Download the proof of delivery")
	ResponseEntity<Resource> proof(@PathVariable Long id) {
		return Downloads.attachment(shipments.openProofOfDelivery(id));
	}

	/** Also the shipment page's link, signed in by the browser session. */
	@GetMapping({ "/api/v1/shipments/{id}/delivery-note.pdf", "/shipments/{id}/delivery-note.pdf" })
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "The delivery note (goods-received note for a receipt) as a PDF")
	ResponseEntity<byte[]> deliveryNote(@PathVariable Long id) {
		DeliveryNote note = shipments.deliveryNote(id);
		return ResponseEntity.ok()
			.headers(Downloads.headers(note.filename(), MediaType.APPLICATION_PDF))
			.body(note.content());
	}

	@PostMapping("/api/v1/shipments/tracking-import")
	@PreAuthorize(AccessRules.BACK_OFFICE)
	@Operation(summary = "Import tracking updates from CSV or XLSX",
			description = "Columns reference (shipment or tracking number), status, occurredOn, note; one row per "
					+ "shipment. A dry run (the default) only checks. A real import with a bad row writes nothing and "
					+ "answers 422 with the same report.")
	ResponseEntity<ImportReport> importTracking(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
		ImportReport report = shipments.importTracking(file.getInputStream(), dryRun);
		HttpStatus status = dryRun || report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(report);
	}

	@GetMapping("/api/v1/contracts/{contractId}/remaining-quantities")
	@PreAuthorize(AccessRules.READ)
	@Operation(summary = "What each line of the contract may still ship (receive)")
	List<RemainingLine> remaining(@PathVariable Long contractId) {
		return shipments.remaining(contractId);
	}
}
