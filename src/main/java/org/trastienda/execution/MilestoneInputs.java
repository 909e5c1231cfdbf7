package org.trastienda.execution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.trastienda.identity.UserDirectory;
import org.trastienda.identity.UserSummary;
import org.trastienda.shared.FieldError;
import org.trastienda.shared.InvalidInputException;

/**
 * Checks a milestone as sent: type and planned date required, an actual date not after today, a
 * responsible user who exists and is enabled, an amount (cents, not negative) only on invoicing
 * and payment milestones. Each message names the field by its label ({@code execution.field.*}).
 */
@Component
class MilestoneInputs {

	static final int MAX_NAME = 150;

	static final int MAX_NOTES = 2000;

	private final UserDirectory users;

	private final ScheduleClock clock;

	MilestoneInputs(UserDirectory users, ScheduleClock clock) {
		this.users = users;
		this.clock = clock;
	}

	/** @throws InvalidInputException naming every invalid field */
	MilestoneInput check(MilestoneData data) {
		List<FieldError> errors = new ArrayList<>();
		if (data.type() == null) {
			errors.add(error("type", "execution.error.required"));
		}
		String name = clean(data.name());
		if (name != null && name.length() > MAX_NAME) {
			errors.add(error("name", "execution.error.tooLong", MAX_NAME));
		}
		if (data.plannedDate() == null) {
			errors.add(error("plannedDate", "execution.error.required"));
		}
		checkActualDate("actualDate", data.actualDate(), errors);
		Long responsible = responsible(data.responsibleUsername(), errors);
		checkAmount(data.type(), data.amount(), errors);
		String notes = clean(data.notes());
		if (notes != null && notes.length() > MAX_NOTES) {
			errors.add(error("notes", "execution.error.tooLong", MAX_NOTES));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new MilestoneInput(data.type(), name, data.plannedDate(), data.actualDate(), responsible,
				data.amount() == null ? null : data.amount().setScale(2), notes);
	}

	/** @throws InvalidInputException when the date is missing or after today */
	LocalDate checkDone(LocalDate actualDate) {
		List<FieldError> errors = new ArrayList<>();
		if (actualDate == null) {
			errors.add(error("actualDate", "execution.error.required"));
		}
		checkActualDate("actualDate", actualDate, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return actualDate;
	}

	private void checkActualDate(String field, LocalDate actualDate, List<FieldError> errors) {
		if (actualDate != null && actualDate.isAfter(clock.today())) {
			errors.add(error(field, "execution.error.future"));
		}
	}

	private Long responsible(String username, List<FieldError> errors) {
		String cleaned = clean(username);
		if (cleaned == null) {
			return null;
		}
		Long id = users.findByUsername(cleaned).filter(UserSummary::enabled).map(UserSummary::id).orElse(null);
		if (id == null) {
			errors.add(error("responsibleUsername", "execution.error.unknownUser", cleaned));
		}
		return id;
	}

	private static void checkAmount(MilestoneType type, BigDecimal amount, List<FieldError> errors) {
		if (amount == null) {
			return;
		}
		if (type != null && !type.carriesAmount()) {
			errors.add(error("amount", "execution.error.amountNotAllowed"));
		}
		else if (amount.signum() < 0) {
			errors.add(error("amount", "execution.error.negative"));
		}
		else if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 17) {
			errors.add(error("amount", "execution.error.amount"));
		}
	}

	private static FieldError error(String field, String key, Object... more) {
		return FieldErrors.of(field, key, more);
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
