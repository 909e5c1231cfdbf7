package org.trastienda.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.trastienda.contracts.ContractView;

/**
 * Derives a template milestone's planned date from the contract's dates.
 * <ul>
 * <li>start = startsOn, else signedOn, else the day of activation; signed = signedOn, else start;
 * end = endsOn, else start (an end before the start counts as the start);</li>
 * <li>{@code SIGNED_ON}, {@code STARTS_ON}, {@code ENDS_ON}: that date;
 * {@code SPAN}: start + {@code spanPercent} % of the days from start to end, rounded half up;</li>
 * <li>then + {@code offsetDays}, and + the contract's payment terms (0 when unset) when
 * {@code addPaymentTerms}.</li>
 * </ul>
 * So a sale running 1 March–31 May with 30 days' terms plans production complete at 60 % of the
 * span (25 April), acceptance and invoicing a week after the end (7 June), payment 30 days later.
 */
final class PlannedDates {

	private final LocalDate signed;

	private final LocalDate start;

	private final LocalDate end;

	private final int paymentTermsDays;

	PlannedDates(ContractView contract, LocalDate activatedOn) {
		this.start = firstOf(contract.startsOn(), contract.signedOn(), activatedOn);
		this.signed = firstOf(contract.signedOn(), start, start);
		LocalDate endsOn = firstOf(contract.endsOn(), start, start);
		this.end = endsOn.isBefore(start) ? start : endsOn;
		this.paymentTermsDays = contract.paymentTermsDays() == null ? 0 : contract.paymentTermsDays();
	}

	LocalDate plannedDate(MilestoneTemplate template) {
		LocalDate base = switch (template.getAnchor()) {
			case SIGNED_ON -> signed;
			case STARTS_ON -> start;
			case ENDS_ON -> end;
			case SPAN -> start.plusDays(share(ChronoUnit.DAYS.between(start, end), template.getSpanPercent()));
		};
		return base.plusDays(template.getOffsetDays() + (template.isAddPaymentTerms() ? paymentTermsDays : 0));
	}

	private static long share(long days, int percent) {
		return BigDecimal.valueOf(days * percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
	}

	private static LocalDate firstOf(LocalDate first, LocalDate second, LocalDate third) {
		return first != null ? first : second != null ? second : third;
	}
}
