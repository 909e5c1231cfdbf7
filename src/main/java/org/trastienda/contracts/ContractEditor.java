package org.trastienda.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.trastienda.catalog.Catalog;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.Changes;
import org.trastienda.customers.CustomerArchive;
import org.trastienda.customers.CustomerKind;
import org.trastienda.customers.CustomerStatus;
import org.trastienda.customers.CustomerView;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.Role;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.shared.BusinessRuleException;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.NotFoundException;

/**
 * Turns what a user wrote into a checked draft (defaults filled in, party, owner and region
 * resolved) and writes it to a contract with its lines, recording every change.
 */
@Component
class ContractEditor {

	static final String DEFAULT_CURRENCY = "EUR";

	static final int DEFAULT_PAYMENT_TERMS_DAYS = 30;

	/** Which parties each kind of contract is made with. */
	private static final Map<ContractKind, Set<CustomerKind>> PARTIES = Map.of(
			ContractKind.SALE, Set.of(CustomerKind.CUSTOMER, CustomerKind.DISTRIBUTOR),
			ContractKind.PURCHASE, Set.of(CustomerKind.SUPPLIER, CustomerKind.DISTRIBUTOR));

	private final CustomerArchive parties;

	private final UserDirectory directory;

	private final Catalog catalog;

	ContractEditor(CustomerArchive parties, UserDirectory directory, Catalog catalog) {
		this.parties = parties;
		this.directory = directory;
		this.catalog = catalog;
	}

	/**
	 * A checked draft.
	 *
	 * @param data what was written, cleaned, with the defaults filled in
	 * @param errors every field error found; empty when the draft may be written
	 */
	record Draft(ContractData data, String partyName, Long ownerId, Long regionId, List<FieldError> errors) {
	}

	/** Checks the data for a new contract ({@code existing} null) or a change to {@code existing}. */
	Draft draft(CurrentUser user, ContractData data, Contract existing) {
		Checks checks = new Checks();
		ContractKind kind = existing == null ? data.kind() : existing.getKind();
		if (existing == null) {
			checks.required("kind", Labels.field("kind"), kind);
		}
		else if (data.kind() != null && data.kind() != existing.getKind()) {
			throw new BusinessRuleException("contracts.error.kindFixed", existing.getNumber());
		}
		Optional<CustomerView> party = party(checks, data.partyId(), kind, existing);
		String title = Texts.clean(data.title());
		String notes = Texts.clean(data.notes());
		checks.text("title", title, 200, true).text("notes", notes, 4000, false);
		checks.range("paymentTermsDays", data.paymentTermsDays(), 0, 365);
		checks.notBefore("endsOn", data.endsOn(), "startsOn", data.startsOn());
		String currency = currency(checks, data.currency(), existing);
		Optional<UserSummary> owner = owner(checks, user, data.ownerUsername(), party, existing);
		Optional<RegionView> region = region(checks, data.regionCode(), party, owner, existing);
		Integer paymentTerms = data.paymentTermsDays() != null ? data.paymentTermsDays()
				: existing != null ? existing.getPaymentTermsDays()
						: party.map(CustomerView::billing).map(billing -> billing.paymentTermsDays())
							.orElse(DEFAULT_PAYMENT_TERMS_DAYS);
		Set<Long> lineIds = existing == null ? Set.of()
				: existing.getLines().stream().map(ContractLine::getId).collect(Collectors.toSet());
		List<ContractLineData> lines = LineRules.check(checks, data.lines(), lineIds, id -> catalog.find(id).isPresent());
		BigDecimal tolerance = data.overDeliveryTolerancePercent() != null ? data.overDeliveryTolerancePercent()
				: existing != null ? existing.getOverDeliveryTolerancePercent() : BigDecimal.ZERO;
		checks.decimal("overDeliveryTolerancePercent", Labels.field("overDeliveryTolerancePercent"), tolerance,
				Checks.Bound.percent(), 2, 3);
		Boolean inAdvance = data.invoicingInAdvance() != null ? data.invoicingInAdvance()
				: existing != null && existing.isInvoicingInAdvance();
		ContractData cleaned = new ContractData(kind, data.partyId(), title, data.signedOn(), data.startsOn(),
				data.endsOn(), currency, paymentTerms, owner.map(UserSummary::username).orElse(null),
				region.map(RegionView::code).orElse(null), notes, lines, tolerance, inAdvance);
		String partyName = party.map(CustomerView::legalName).orElse(existing == null ? null : existing.getPartyName());
		return new Draft(cleaned, partyName, owner.map(UserSummary::id).orElse(null),
				region.map(RegionView::id).orElse(null), checks.errors());
	}

	/** Writes a checked draft to a new contract and returns the audit entries to record once it has an id. */
	Contract create(Draft draft, String number, CurrentUser user, Instant now) {
		Contract contract = new Contract(number, draft.data().kind(), user.username(), now);
		contract.apply(draft);
		draft.data().lines().forEach(line -> contract.addLine(LineTerms.of(line)));
		contract.reprice();
		return contract;
	}

	AuditRecord created(Contract contract, Draft draft, String actor) {
		ContractData data = draft.data();
		Changes changes = new Changes().created("kind", data.kind())
			.created("partyId", data.partyId())
			.created("partyName", draft.partyName());
		header(data).forEach(changes::created);
		changes.created("lines", data.lines().size()).created("grossTotal", contract.getGrossTotal());
		return ContractAudit.entry(contract, "CREATED", null, actor, changes);
	}

	/** Writes a checked draft over a contract; answers the audit entries of the header and of each line. */
	List<AuditRecord> update(Contract contract, Draft draft, CurrentUser user, Instant now) {
		Map<String, Object> before = header(dataOf(contract));
		Long partyBefore = contract.getPartyId();
		contract.apply(draft);
		List<AuditRecord> trail = new ArrayList<>();
		Changes changes = new Changes().field("partyId", partyBefore, contract.getPartyId());
		header(draft.data()).forEach((field, value) -> changes.field(field, before.get(field), value));
		trail.addAll(replaceLines(contract, draft.data().lines(), user.username()));
		if (!changes.isEmpty()) {
			trail.add(0, ContractAudit.entry(contract, "UPDATED", null, user.username(), changes));
		}
		if (!trail.isEmpty()) {
			contract.touch(now, user.username());
		}
		return trail;
	}

	/**
	 * Makes the contract's lines those given, in that order: lines naming an {@code id} change that
	 * line, the others are added, and lines not named are removed. Reprices the contract.
	 */
	static List<AuditRecord> replaceLines(Contract contract, List<ContractLineData> lines, String actor) {
		Map<Long, ContractLine> existing = new HashMap<>();
		contract.getLines().forEach(line -> existing.put(line.getId(), line));
		List<AuditRecord> trail = new ArrayList<>();
		List<ContractLine> kept = new ArrayList<>();
		for (int index = 0; index < lines.size(); index++) {
			ContractLineData data = lines.get(index);
			LineTerms terms = LineTerms.of(data);
			ContractLine line = data.id() == null ? null : existing.remove(data.id());
			if (line == null) {
				line = contract.addLine(terms);
				trail.add(ContractAudit.entry(contract, "LINE_ADDED", lineLabel(index + 1, terms), actor,
						lineChanges(null, terms)));
			}
			else {
				Changes changes = lineChanges(line.getTerms(), terms);
				line.setTerms(terms);
				if (!changes.isEmpty()) {
					trail.add(ContractAudit.entry(contract, "LINE_CHANGED", lineLabel(index + 1, terms), actor, changes));
				}
			}
			line.setPosition(index + 1);
			kept.add(line);
		}
		for (ContractLine removed : existing.values()) {
			contract.removeLine(removed);
			trail.add(ContractAudit.entry(contract, "LINE_REMOVED", lineLabel(removed.getPosition(), removed.getTerms()),
					actor, lineChanges(removed.getTerms(), null)));
		}
		contract.reprice();
		return trail;
	}

	/** What a line changes, field by field; a new line's values, or a removed line's. */
	static Changes lineChanges(LineTerms before, LineTerms after) {
		Changes changes = new Changes();
		changes.field("productId", before == null ? null : before.productId(), after == null ? null : after.productId())
			.field("description", before == null ? null : before.description(), after == null ? null : after.description())
			.field("quantity", before == null ? null : before.quantity(), after == null ? null : after.quantity())
			.field("unit", before == null ? null : before.unit(), after == null ? null : after.unit())
			.field("unitPrice", before == null ? null : before.unitPrice(), after == null ? null : after.unitPrice())
			.field("discountPercent", before == null ? null : before.discountPercent(),
					after == null ? null : after.discountPercent())
			.field("vatRate", before == null ? null : before.vatRate(), after == null ? null : after.vatRate());
		return changes;
	}

	static String lineLabel(int position, LineTerms terms) {
		return "#" + position + " " + terms.description();
	}

	/** The contract's header as a user would write it (owner and region named, no lines). */
	ContractData dataOf(Contract contract) {
		String owner = contract.getOwnerId() == null ? null
				: directory.findById(contract.getOwnerId()).map(UserSummary::username).orElse(null);
		String region = contract.getRegionId() == null ? null
				: directory.findRegionById(contract.getRegionId()).map(RegionView::code).orElse(null);
		return new ContractData(contract.getKind(), contract.getPartyId(), contract.getTitle(), contract.getSignedOn(),
				contract.getStartsOn(), contract.getEndsOn(), contract.getCurrency(), contract.getPaymentTermsDays(),
				owner, region, contract.getNotes(), List.of(), contract.getOverDeliveryTolerancePercent(),
				contract.isInvoicingInAdvance());
	}

	private static Map<String, Object> header(ContractData data) {
		Map<String, Object> fields = new java.util.LinkedHashMap<>();
		fields.put("title", data.title());
		fields.put("signedOn", data.signedOn());
		fields.put("startsOn", data.startsOn());
		fields.put("endsOn", data.endsOn());
		fields.put("currency", data.currency());
		fields.put("paymentTermsDays", data.paymentTermsDays());
		fields.put("ownerUsername", data.ownerUsername());
		fields.put("regionCode", data.regionCode());
		fields.put("notes", data.notes());
		fields.put("overDeliveryTolerancePercent", data.overDeliveryTolerancePercent());
		fields.put("invoicingInAdvance", data.invoicingInAdvance());
		return fields;
	}

	/**
	 * The party, which the caller must be able to see in the archive and which must suit the kind
	 * of contract; a draft keeping its party is not checked again (its owner may have changed).
	 */
	private Optional<CustomerView> party(Checks checks, Long partyId, ContractKind kind, Contract existing) {
		if (partyId == null) {
			checks.required("partyId", Labels.field("partyId"), null);
			return Optional.empty();
		}
		if (existing != null && partyId.equals(existing.getPartyId())) {
			return Optional.empty();
		}
		CustomerView party;
		try {
			party = parties.get(partyId);
		}
		catch (NotFoundException unknown) {
			checks.reject("partyId", "contracts.error.party.unknown", partyId);
			return Optional.empty();
		}
		if (party.status() == CustomerStatus.ARCHIVED) {
			checks.reject("partyId", "contracts.error.party.archived", party.legalName());
		}
		else if (kind != null && !PARTIES.get(kind).contains(party.kind())) {
			checks.reject("partyId", "contracts.error.party.kind", party.legalName(),
					Labels.of("contracts.partyKind." + party.kind()), Labels.of("contracts.kindName." + kind));
		}
		return Optional.of(party);
	}

	private static String currency(Checks checks, String raw, Contract existing) {
		String code = Texts.clean(raw);
		if (code == null) {
			return existing != null ? existing.getCurrency() : DEFAULT_CURRENCY;
		}
		code = code.toUpperCase(Locale.ROOT);
		if (!isCurrency(code)) {
			checks.reject("currency", "contracts.error.currency");
		}
		return code;
	}

	private static boolean isCurrency(String code) {
		try {
			return code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}

	/**
	 * A sales rep without back-office rights owns what they draft. Others name an active sales rep,
	 * or get the party's owner on a new contract, or keep the owner on a change.
	 */
	private Optional<UserSummary> owner(Checks checks, CurrentUser user, String ownerUsername,
			Optional<CustomerView> party, Contract existing) {
		if (ContractPolicy.ownsWhatTheyWrite(user)) {
			Long ownerId = existing == null ? user.id() : existing.getOwnerId();
			return ownerId == null ? Optional.empty() : directory.findById(ownerId);
		}
		String username = Texts.clean(ownerUsername);
		if (username == null) {
			Optional<UserSummary> current = existing == null || existing.getOwnerId() == null ? Optional.empty()
					: directory.findById(existing.getOwnerId());
			Optional<UserSummary> fallback = current.isPresent() ? current
					: party.map(CustomerView::ownerUsername).flatMap(directory::findByUsername).filter(ContractEditor::isRep);
			if (fallback.isEmpty()) {
				checks.required("ownerUsername", Labels.field("ownerUsername"), null);
			}
			return fallback;
		}
		Optional<UserSummary> owner = directory.findByUsername(username).filter(ContractEditor::isRep);
		if (owner.isEmpty()) {
			checks.reject("ownerUsername", "contracts.error.owner", username);
		}
		return owner;
	}

	private static boolean isRep(UserSummary user) {
		return user.enabled() && user.roles().contains(Role.SALES_REP);
	}

	/** The region named, else the one kept, else the party's, else the owner's. */
	private Optional<RegionView> region(Checks checks, String regionCode, Optional<CustomerView> party,
			Optional<UserSummary> owner, Contract existing) {
		String code = Texts.clean(regionCode);
		if (code != null) {
			Optional<RegionView> region = directory.findRegionByCode(code.toUpperCase(Locale.ROOT));
			if (region.isEmpty()) {
				checks.reject("regionCode", "contracts.error.region", code);
			}
			return region;
		}
		if (existing != null && existing.getRegionId() != null) {
			return directory.findRegionById(existing.getRegionId());
		}
		Optional<String> fallback = party.map(CustomerView::regionCode).or(() -> owner.map(UserSummary::regionCode));
		return fallback.flatMap(directory::findRegionByCode);
	}
}
