package org.trastienda.fulfillment;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.Changes;
import org.trastienda.contracts.ContractStatus;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.documents.FileStore;
import org.trastienda.documents.ImportReport;
import org.trastienda.documents.OpenedFile;
import org.trastienda.documents.StoredFile;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.DataScope;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.InvalidInputException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/**
 * Shipments of sales contracts and receipts of purchase contracts as the signed-in user sees them:
 * every read applies their data scope through the contract (outside it a shipment answers
 * {@link NotFoundException}), only the back office and the administrator write (else
 * {@link org.springframework.security.access.AccessDeniedException}), invalid input raises
 * {@link InvalidInputException} with the API's field paths, broken rules
 * {@link BusinessRuleException}, a stale version {@link org.trastienda.shared.ConflictException}.
 */
@Service
@Transactional
public class Shipments {

	private final UserDirectory directory;

	private final Contracts contracts;

	private final ShipmentRepository shipments;

	private final ShipmentQueries queries;

	private final ShipmentEditor editor;

	private final ContractProgress progress;

	private final StatusUpdates statuses;

	private final FulfillmentNumbers numbers;

	private final FulfillmentAudit audit;

	private final FileStore files;

	private final DeliveryNotes deliveryNotes;

	private final TrackingImport tracking;

	private final Clock clock;

	Shipments(UserDirectory directory, Contracts contracts, ShipmentRepository shipments, ShipmentQueries queries,
			ShipmentEditor editor, ContractProgress progress, StatusUpdates statuses, FulfillmentNumbers numbers,
			FulfillmentAudit audit, FileStore files, DeliveryNotes deliveryNotes, TrackingImport tracking,
			Clock clock) {
		this.directory = directory;
		this.contracts = contracts;
		this.shipments = shipments;
		this.queries = queries;
		this.editor = editor;
		this.progress = progress;
		this.statuses = statuses;
		this.numbers = numbers;
		this.audit = audit;
		this.files = files;
		this.deliveryNotes = deliveryNotes;
		this.tracking = tracking;
		this.clock = clock;
	}

	/** The columns a list may be sorted by (API field names). */
	public static List<String> sortableColumns() {
		return List.copyOf(ShipmentQueries.SORTABLE.keySet());
	}

	/** Shipments in the caller's scope matching the filter, with their lines; sort by {@link #sortableColumns()}. */
	@Transactional(readOnly = true)
	public Page<ShipmentView> search(ShipmentFilter filter, Pageable pageable) {
		return queries.search(user().scope(), filter == null ? ShipmentFilter.none() : filter, pageable);
	}

	@Transactional(readOnly = true)
	public ShipmentView get(Long id) {
		return queries.find(user().scope(), id).orElseThrow(() -> notFound(id));
	}

	/** The statuses the shipment has been in, oldest first. */
	@Transactional(readOnly = true)
	public List<StatusChangeView> statusHistory(Long id) {
		get(id);
		return queries.statusChanges(id);
	}

	/** What each line of the contract may still ship (receive), with the contract's tolerance. */
	@Transactional(readOnly = true)
	public List<RemainingLine> remaining(Long contractId) {
		return progress.remaining(contracts.get(contractId));
	}

	/** Today in the company's time zone (the day status updates default to). */
	public LocalDate today() {
		return statuses.today();
	}

	/** Whether the caller makes shipments and records their status (back office, administrator). */
	public boolean mayWrite() {
		return ShipmentPolicy.isBackOffice(user());
	}

	/**
	 * Makes a shipment of an active sales contract (a receipt of a purchase contract), PREPARED,
	 * numbered for this year; no line may ask for more than remains of it. {@code source} is where
	 * the request came from, for the status history.
	 */
	public ShipmentView create(ShipmentData data, StatusSource source) {
		CurrentUser user = user();
		ShipmentPolicy.require(ShipmentPolicy.isBackOffice(user));
		if (data.contractId() == null) {
			new Inputs().required("contractId", null).throwIfAny();
		}
		ContractView contract = contracts.get(data.contractId());
		if (contract.status() != ContractStatus.ACTIVE) {
			throw new BusinessRuleException("fulfillment.error.contractNotActive", contract.number(),
					Labels.of("contracts.status." + contract.status()));
		}
		ShipmentEditor.Checked checked = editor.check(data, contract);
		ShipmentKind kind = ShipmentKind.of(contract.kind());
		String number = numbers.nextShipment(kind, statuses.today().getYear());
		editor.requireWithinRemaining(checked.data().lines(), contract);
		Instant now = clock.instant();
		Shipment shipment = new Shipment(number, kind, contract.id(), contract.partyId(), checked.data(), source,
				user.username(), now);
		checked.lines().forEach(shipment::addLine);
		shipments.saveAndFlush(shipment);
		String lines = checked.lines().stream()
			.map(line -> line.description() + " × " + line.quantity().stripTrailingZeros().toPlainString() + " " + line.unit())
			.collect(Collectors.joining("; "));
		audit.shipment(contract, shipment.getId(), number, "CREATED", user.username(),
				new Changes().created("shippedOn", checked.data().shippedOn())
					.created("carrier", checked.data().carrier())
					.created("trackingNumber", checked.data().trackingNumber())
					.created("shipMode", checked.data().shipMode())
					.created("lines", lines));
		return get(shipment.getId());
	}

	/**
	 * Records a delivery status; {@code version} may be null, else it must be the stored one (409).
	 * The day defaults to today; DELIVERED completes the contract's delivery milestone once the
	 * last quantity has arrived.
	 */
	public ShipmentView updateStatus(Long id, Long version, StatusUpdate update, StatusSource source) {
		return updateStatus(id, version, update, source, null);
	}

	/** As {@link #updateStatus(Long, Long, StatusUpdate, StatusSource)}, filing the proof of delivery with it. */
	public ShipmentView updateStatus(Long id, Long version, StatusUpdate update, StatusSource source,
			ProofOfDelivery proof) {
		CurrentUser user = user();
		ShipmentPolicy.require(ShipmentPolicy.isBackOffice(user));
		Shipment shipment = requireLocked(user.scope(), id);
		if (version != null) {
			Versions.requireCurrent(version, shipment.getVersion());
		}
		statuses.apply(shipment, statuses.complete(update), source, user.username());
		if (proof != null) {
			attach(shipment, proof, user);
		}
		return get(id);
	}

	/** Files the proof of delivery (a signed note, a photo) of a delivered shipment. */
	public ShipmentView attachProofOfDelivery(Long id, ProofOfDelivery proof) {
		CurrentUser user = user();
		ShipmentPolicy.require(ShipmentPolicy.isBackOffice(user));
		attach(requireLocked(user.scope(), id), proof, user);
		return get(id);
	}

	private void attach(Shipment shipment, ProofOfDelivery proof, CurrentUser user) {
		if (shipment.getStatus() != ShipmentStatus.DELIVERED) {
			throw new BusinessRuleException("fulfillment.error.proofBeforeDelivery", shipment.getNumber());
		}
		StoredFile stored = files.store(proof.filename(), proof.size(), proof.content());
		shipment.attachProof(stored.id(), user.username(), clock.instant());
		shipments.flush();
		audit.shipment(contracts.get(shipment.getContractId()), shipment.getId(), shipment.getNumber(),
				"PROOF_OF_DELIVERY", user.username(), new Changes().created("file", stored.filename()));
	}

	@Transactional(readOnly = true)
	public OpenedFile openProofOfDelivery(Long id) {
		ShipmentView shipment = get(id);
		if (shipment.proofOfDeliveryFileId() == null) {
			throw new NotFoundException("proof of delivery", id);
		}
		return files.open(shipment.proofOfDeliveryFileId());
	}

	/** The delivery note (goods-received note for a receipt) as a PDF in the party's language. */
	@Transactional(readOnly = true)
	public DeliveryNote deliveryNote(Long id) {
		ShipmentView shipment = get(id);
		return deliveryNotes.render(shipment, contracts.get(shipment.contractId()));
	}

	/**
	 * Imports tracking updates (shipment or tracking number, status, date, note) from CSV or XLSX,
	 * all or nothing; a dry run only checks.
	 */
	public ImportReport importTracking(InputStream content, boolean dryRun) {
		CurrentUser user = user();
		ShipmentPolicy.require(ShipmentPolicy.isBackOffice(user));
		return tracking.run(content, dryRun, user.username());
	}

	private Shipment requireLocked(DataScope scope, Long id) {
		Shipment shipment = shipments.findLockedById(id).orElseThrow(() -> notFound(id));
		if (queries.find(scope, id).isEmpty()) {
			throw notFound(id);
		}
		return shipment;
	}

	private static NotFoundException notFound(Long id) {
		return new NotFoundException("shipment", id);
	}

	private CurrentUser user() {
		return directory.requireCurrent();
	}
}
