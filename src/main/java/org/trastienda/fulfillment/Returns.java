package org.trastienda.fulfillment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trastienda.audit.Changes;
import org.trastienda.contracts.ContractView;
import org.trastienda.contracts.Contracts;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.UserDirectory;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.NotFoundException;
import org.trastienda.shared.Versions;

/**
 * Returns of delivered shipments, verified with the seller: registered by the back office or the
 * contract's sales rep, verified by the contract's sales rep (or, above him, the regional manager or
 * the sales director) but never by who registered it, received and closed by the back office, or
 * rejected with a reason. Reads and writes go through the contract's data scope (404 outside it);
 * a step someone may not take answers 403, one the status or the four-eyes rule refuses 422, a
 * stale version (when one is given) 409. Marking a return received publishes {@link ReturnReceived}.
 */
@Service
@Transactional
public class Returns {

	private final UserDirectory directory;

	private final Contracts contracts;

	private final ShipmentQueries shipments;

	private final ReturnRepository returns;

	private final ReturnQueries queries;

	private final FulfillmentNumbers numbers;

	private final FulfillmentAudit audit;

	private final StatusUpdates statuses;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Returns(UserDirectory directory, Contracts contracts, ShipmentQueries shipments, ReturnRepository returns,
			ReturnQueries queries, FulfillmentNumbers numbers, FulfillmentAudit audit, StatusUpdates statuses,
			ApplicationEventPublisher events, Clock clock) {
		this.directory = directory;
		this.contracts = contracts;
		this.shipments = shipments;
		this.returns = returns;
		this.queries = queries;
		this.numbers = numbers;
		this.audit = audit;
		this.statuses = statuses;
		this.events = events;
		this.clock = clock;
	}

	/** The columns a list may be sorted by (API field names). */
	public static List<String> sortableColumns() {
		return List.copyOf(ReturnQueries.SORTABLE.keySet());
	}

	@Transactional(readOnly = true)
	public Page<ReturnView> search(ReturnFilter filter, Pageable pageable) {
		return queries.search(user().scope(), filter == null ? ReturnFilter.none() : filter, pageable);
	}

	@Transactional(readOnly = true)
	public ReturnView get(Long id) {
		return queries.find(user().scope(), id).orElseThrow(() -> new NotFoundException("return", id));
	}

	/** What the caller may do to the return now. */
	@Transactional(readOnly = true)
	public ReturnAccess accessTo(Long id) {
		CurrentUser user = user();
		ReturnView found = get(id);
		boolean verifier = ShipmentPolicy.mayVerify(user, contracts.get(found.contractId()).ownerUsername())
				&& !user.username().equals(found.registeredBy());
		boolean backOffice = ShipmentPolicy.isBackOffice(user);
		return new ReturnAccess(verifier && found.status() == ReturnStatus.REQUESTED,
				backOffice && found.status() == ReturnStatus.VERIFIED,
				backOffice && found.status() == ReturnStatus.RECEIVED,
				found.status() == ReturnStatus.REQUESTED ? verifier : backOffice && found.status() == ReturnStatus.VERIFIED);
	}

	/** Whether the caller registers returns (back office, administrator, sales reps for their contracts). */
	public boolean mayRegister() {
		return ShipmentPolicy.mayRegisterReturns(user());
	}

	/**
	 * Registers a return of a delivered shipment, REQUESTED: no line may take back more than was
	 * shipped less what other returns (not rejected) already take.
	 */
	public ReturnView register(ReturnData data) {
		CurrentUser user = user();
		ShipmentPolicy.require(ShipmentPolicy.mayRegisterReturns(user));
		if (data.shipmentId() == null) {
			new Inputs().required("shipmentId", null).throwIfAny();
		}
		ShipmentView shipment = shipment(user, data.shipmentId());
		if (shipment.kind() != ShipmentKind.SHIPMENT || shipment.status() != ShipmentStatus.DELIVERED) {
			throw new BusinessRuleException("fulfillment.error.return.notDelivered", shipment.number());
		}
		ReturnData cleaned = check(data, shipment);
		String number = numbers.nextReturn(statuses.today().getYear());
		requireReturnable(cleaned.lines(), shipment(user, shipment.id()));
		Instant now = clock.instant();
		ShipmentReturn created = new ShipmentReturn(number, shipment.id(), shipment.contractId(), cleaned,
				user.username(), now);
		cleaned.lines().forEach(line -> created.addLine(line.shipmentLineId(), line.quantity()));
		returns.saveAndFlush(created);
		Changes changes = new Changes().created("shipment", shipment.number())
			.created("reason", cleaned.reason())
			.created("reasonText", cleaned.reasonText())
			.created("requestedOn", cleaned.requestedOn())
			.created("lines", cleaned.lines().size());
		record(created, "CREATED", user, changes);
		return get(created.getId());
	}

	/** Confirms reason and quantities (the contract's rep or above, never who registered it). */
	public ReturnView verify(Long id, Long version, String note) {
		CurrentUser user = user();
		ShipmentReturn found = requireLocked(user, id, version);
		requireVerifier(user, found);
		String cleaned = Inputs.clean(note);
		new Inputs().text("note", cleaned, 2000).throwIfAny();
		found.verify(user.username(), cleaned, clock.instant());
		record(found, "VERIFIED", user, new Changes().field("status", ReturnStatus.REQUESTED, ReturnStatus.VERIFIED)
			.created("note", cleaned));
		return get(id);
	}

	/** Records the goods back (back office) on the day (today when absent), in the condition found. */
	public ReturnView receive(Long id, Long version, LocalDate receivedOn, GoodsCondition condition) {
		CurrentUser user = user();
		ShipmentPolicy.require(ShipmentPolicy.isBackOffice(user));
		ShipmentReturn found = requireLocked(user, id, version);
		LocalDate day = receivedOn == null ? statuses.today() : receivedOn;
		new Inputs().required("condition", condition)
			.past("receivedOn", day, statuses.today())
			.notBefore("receivedOn", day, found.getRequestedOn(), Labels.field("requestedOn"))
			.throwIfAny();
		found.receive(day, condition, user.username());
		record(found, "RECEIVED", user, new Changes().field("status", ReturnStatus.VERIFIED, ReturnStatus.RECEIVED)
			.created("receivedOn", day)
			.created("condition", condition));
		ReturnView received = get(id);
		events.publishEvent(new ReturnReceived(id, received.contractId(), received.shipmentId(), day,
				received.lines().stream().map(line -> new ReturnedLine(line.contractLineId(), line.quantity())).toList()));
		return received;
	}

	/** Closes a received return (back office). */
	public ReturnView close(Long id, Long version) {
		CurrentUser user = user();
		ShipmentPolicy.require(ShipmentPolicy.isBackOffice(user));
		ShipmentReturn found = requireLocked(user, id, version);
		found.close(user.username(), clock.instant());
		record(found, "CLOSED", user, new Changes().field("status", ReturnStatus.RECEIVED, ReturnStatus.CLOSED));
		return get(id);
	}

	/**
	 * Refuses the return with a reason: while requested, whoever may verify it; once verified, the
	 * back office (the goods never came back).
	 */
	public ReturnView reject(Long id, Long version, String reason) {
		CurrentUser user = user();
		ShipmentReturn found = requireLocked(user, id, version);
		if (found.getStatus() == ReturnStatus.VERIFIED) {
			ShipmentPolicy.require(ShipmentPolicy.isBackOffice(user));
		}
		else {
			requireVerifier(user, found);
		}
		String why = Inputs.clean(reason);
		new Inputs().required("reason", why).text("reason", why, 2000).throwIfAny();
		ReturnStatus before = found.getStatus();
		found.reject(why, user.username(), clock.instant());
		record(found, "REJECTED", user, new Changes().field("status", before, ReturnStatus.REJECTED)
			.created("reason", why));
		return get(id);
	}

	private void requireVerifier(CurrentUser user, ShipmentReturn found) {
		ContractView contract = contracts.get(found.getContractId());
		ShipmentPolicy.require(ShipmentPolicy.mayVerify(user, contract.ownerUsername()));
		if (user.username().equals(found.getRegisteredBy())) {
			throw new BusinessRuleException("fulfillment.error.return.ownVerification", found.getNumber());
		}
	}

	private ReturnData check(ReturnData data, ShipmentView shipment) {
		LocalDate requestedOn = data.requestedOn() == null ? statuses.today() : data.requestedOn();
		String text = Inputs.clean(data.reasonText());
		Inputs inputs = new Inputs().required("reason", data.reason())
			.text("reasonText", text, 2000)
			.past("requestedOn", requestedOn, statuses.today())
			.notBefore("requestedOn", requestedOn, shipment.deliveredOn(), Labels.field("deliveredOn"));
		if (data.reason() == ReturnReason.OTHER && text == null) {
			inputs.reject("reasonText", "fulfillment.error.reasonText");
		}
		if (data.lines().isEmpty()) {
			inputs.reject("lines", "fulfillment.error.noLines");
		}
		Set<Long> lineIds = shipment.lines().stream().map(ShipmentLineView::id).collect(Collectors.toSet());
		Set<Long> seen = new HashSet<>();
		for (int index = 0; index < data.lines().size(); index++) {
			ReturnLineData line = data.lines().get(index);
			String path = "lines[" + index + "].";
			if (line.shipmentLineId() == null || !lineIds.contains(line.shipmentLineId()) || !seen.add(line.shipmentLineId())) {
				inputs.reject(path + "shipmentLineId", Labels.field("line.shipmentLineId", index + 1),
						"fulfillment.error.line.unknown", line.shipmentLineId(), shipment.number());
			}
			inputs.quantity(path + "quantity", Labels.field("line.quantity", index + 1), line.quantity());
		}
		inputs.throwIfAny();
		return new ReturnData(shipment.id(), data.reason(), text, requestedOn, data.lines());
	}

	/** Refuses the first line taking back more than its shipment line still may; the return number's lock is held. */
	private static void requireReturnable(List<ReturnLineData> lines, ShipmentView shipment) {
		Map<Long, ShipmentLineView> byId = shipment.lines().stream()
			.collect(Collectors.toMap(ShipmentLineView::id, Function.identity()));
		for (ReturnLineData line : lines) {
			ShipmentLineView shipped = byId.get(line.shipmentLineId());
			if (line.quantity().compareTo(shipped.returnable()) > 0) {
				throw new BusinessRuleException("fulfillment.error.exceedsReturnable",
						shipment.lines().indexOf(shipped) + 1, shipped.description(),
						line.quantity().stripTrailingZeros().toPlainString(),
						shipped.returnable().stripTrailingZeros().toPlainString(), shipped.unit());
			}
		}
	}

	private ShipmentView shipment(CurrentUser user, Long id) {
		return shipments.find(user.scope(), id).orElseThrow(() -> new NotFoundException("shipment", id));
	}

	private ShipmentReturn requireLocked(CurrentUser user, Long id, Long version) {
		ShipmentReturn found = returns.findLockedById(id)
			.filter(any -> queries.find(user.scope(), id).isPresent())
			.orElseThrow(() -> new NotFoundException("return", id));
		if (version != null) {
			Versions.requireCurrent(version, found.getVersion());
		}
		return found;
	}

	private void record(ShipmentReturn found, String action, CurrentUser user, Changes changes) {
		returns.flush();
		audit.goodsReturn(contracts.get(found.getContractId()), found.getId(), found.getNumber(), action,
				user.username(), changes);
	}

	private CurrentUser user() {
		return directory.requireCurrent();
	}
}
