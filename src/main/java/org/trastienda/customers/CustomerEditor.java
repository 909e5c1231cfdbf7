package org.trastienda.customers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.trastienda.audit.AuditRecord;
import org.trastienda.audit.Changes;
import org.trastienda.identity.CurrentUser;
import org.trastienda.identity.RegionView;
import org.trastienda.identity.UserSummary;
import org.trastienda.shared.FieldError;

/**
 * Turns what a user wrote into a complete, checked customer (defaults, forced owner, region from
 * the owner) and writes it with its history. Shared by single edits and imports.
 */
@Component
class CustomerEditor {

	private final CustomerRepository customers;

	private final Clock clock;

	CustomerEditor(CustomerRepository customers, Clock clock) {
		this.customers = customers;
		this.clock = clock;
	}

	/** Cleaned and completed data with owner and region resolved, or the reasons it cannot be saved. */
	record Draft(CustomerData data, Long ownerId, Long regionId, List<FieldError> errors) {

		boolean isValid() {
			return errors.isEmpty();
		}
	}

	/**
	 * Completes the input: absent kind, status, owner and region keep the current values (or, for a
	 * new customer, CUSTOMER, ACTIVE, the writing user and the owner's region). A sales rep always
	 * owns what they write.
	 *
	 * @param current the customer as stored, or null for a new one
	 */
	Draft draft(CurrentUser user, CustomerData input, CustomerData current, OwnersAndRegions directory) {
		CustomerData cleaned = CustomerInput.clean(input);
		FieldChecks directoryChecks = new FieldChecks();
		String ownerName;
		if (WritePolicy.ownsWhatTheyWrite(user)) {
			ownerName = current == null ? user.username() : current.ownerUsername();
		}
		else {
			ownerName = firstPresent(cleaned.ownerUsername(), current == null ? null : current.ownerUsername(),
					user.username());
		}
		Optional<UserSummary> owner = ownerName == null ? Optional.empty() : directory.user(ownerName);
		if (ownerName != null && owner.isEmpty()) {
			directoryChecks.reject("ownerUsername", "customers.error.unknownUser", ownerName);
		}
		String regionCode = cleaned.regionCode() != null ? cleaned.regionCode()
				: current != null ? current.regionCode() : owner.map(UserSummary::regionCode).orElse(null);
		Optional<RegionView> region = regionCode == null ? Optional.empty() : directory.region(regionCode);
		if (regionCode != null && region.isEmpty()) {
			directoryChecks.reject("regionCode", "customers.error.unknownRegion", regionCode);
		}
		Map<CustomerField, Object> values = CustomerField.valuesOf(cleaned);
		values.put(CustomerField.KIND, firstPresent(cleaned.kind(), current == null ? null : current.kind(),
				CustomerKind.CUSTOMER));
		values.put(CustomerField.STATUS, firstPresent(cleaned.status(), current == null ? null : current.status(),
				CustomerStatus.ACTIVE));
		values.put(CustomerField.OWNER_USERNAME, ownerName);
		values.put(CustomerField.REGION_CODE, regionCode);
		CustomerData completed = CustomerField.dataOf(values);
		List<FieldError> errors = new ArrayList<>(CustomerInput.check(completed));
		errors.addAll(directoryChecks.errors());
		return new Draft(completed, owner.map(UserSummary::id).orElse(null), region.map(RegionView::id).orElse(null),
				errors);
	}

	/** Stores a new customer from a valid draft; adds its audit entry to the trail. */
	Customer create(Draft draft, String code, CurrentUser user, List<AuditRecord> trail) {
		Customer customer = new Customer(code, clock.instant(), user.username());
		customer.apply(draft.data(), draft.ownerId(), draft.regionId());
		customers.save(customer);
		trail.add(CustomerAudit.entry(CustomerAudit.CUSTOMER, customer.getId(), customer.getId(), CustomerAudit.CREATED,
				customer.label(), user, CustomerField.created(draft.data())));
		return customer;
	}

	/**
	 * Applies a valid draft to a stored customer and adds the field changes to the trail; does
	 * nothing when nothing changed.
	 */
	void update(Customer customer, CustomerData before, Draft draft, CurrentUser user, List<AuditRecord> trail) {
		Changes changes = CustomerField.between(before, draft.data());
		if (changes.isEmpty()) {
			return;
		}
		customer.apply(draft.data(), draft.ownerId(), draft.regionId());
		customer.touch(clock.instant(), user.username());
		String action = draft.data().status() == CustomerStatus.ARCHIVED && before.status() != CustomerStatus.ARCHIVED
				? CustomerAudit.ARCHIVED : CustomerAudit.UPDATED;
		trail.add(CustomerAudit.entry(CustomerAudit.CUSTOMER, customer.getId(), customer.getId(), action,
				customer.label(), user, changes));
	}

	@SafeVarargs
	private static <T> T firstPresent(T... candidates) {
		for (T candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		return null;
	}
}
