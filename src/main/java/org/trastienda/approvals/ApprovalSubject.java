package org.trastienda.approvals;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What a module asks to have approved. Invalid values are a programming error of the caller and
 * fail with {@link IllegalArgumentException}.
 *
 * @param type the kind of subject, a constant the calling module owns ({@code CONTRACT_ACTIVATION});
 * upper case letters, digits and underscores
 * @param id the subject's id in its module
 * @param reference what people call the subject ({@code CV-2026-00042}), at most 60 characters
 * @param summary one line on what is to be approved; cut to 500 characters
 * @param amount the amount the rule's tiers are compared with, at most 2 decimals; null when the subject has none
 * @param currency ISO 4217 code of the amount; required with an amount
 * @param regionId the subject's region, for region-scoped rules; null when it has none
 * @param author username of the person who prepared the subject, who can never approve it
 * @param path the subject's page in this application ({@code /contracts/42}), linked from the request
 */
public record ApprovalSubject(String type, long id, String reference, String summary, BigDecimal amount,
		String currency, Long regionId, String author, String path) {

	/** Subject types are constants such as {@code CONTRACT_ACTIVATION}. */
	public static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])\\S{0,299}");

	private static final int MAX_SUMMARY = 500;

	public ApprovalSubject {
		require(type != null && TYPE.matcher(type).matches(), "subject type", type);
		require(reference != null && !reference.isBlank() && reference.strip().length() <= 60, "reference", reference);
		require(summary != null && !summary.isBlank(), "summary", summary);
		require(amount == null || (amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2), "amount", amount);
		require(amount == null ? currency == null || CURRENCY.matcher(currency).matches()
				: currency != null && CURRENCY.matcher(currency).matches(), "currency", currency);
		require(author != null && !author.isBlank(), "author", author);
		require(path != null && LOCAL_PATH.matcher(path).matches(), "path", path);
		reference = reference.strip();
		summary = summary.replaceAll("\\s+", " ").strip();
		if (summary.length() > MAX_SUMMARY) {
			summary = summary.substring(0, MAX_SUMMARY - 1) + "…";
		}
		author = author.strip();
	}

	private static void require(boolean valid, String what, Object value) {
		if (!valid) {
			throw new IllegalArgumentException("invalid " + what + " for an approval subject: " + value);
		}
	}
}
