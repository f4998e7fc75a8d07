package coop.occe.retkoop.ledger.seal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The chain of a year's entries: each link is SHA-256 of the previous link and of a
 * canonical text of one entry, in voucher order. The text is built here, in Java, from
 * plain values (ISO dates, amounts in cents), so that H2 and PostgreSQL give the same
 * links.
 */
final class SealChain {

	/** Voucher order: the series (none, D, R), then the number, then the id. */
	static final Comparator<SealedEntry> VOUCHER_ORDER = Comparator.comparing((SealedEntry e) -> series(e.voucher()))
		.thenComparingLong((e) -> number(e.voucher()))
		.thenComparing(SealedEntry::voucher)
		.thenComparingLong(SealedEntry::id);

	private SealChain() {
	}

	/** The links of the year's entries, in voucher order. */
	static List<Link> links(long fiscalYearId, List<SealedEntry> entries) {
		List<SealedEntry> ordered = entries.stream().sorted(VOUCHER_ORDER).toList();
		List<Link> links = new ArrayList<>(ordered.size());
		String previous = sha256("fiscal-year|" + fiscalYearId);
		for (SealedEntry entry : ordered) {
			previous = sha256(previous + canonical(entry));
			links.add(new Link(entry.id(), entry.voucher(), entry.date(), previous));
		}
		return links;
	}

	/** The chain's head: its last link, or the year's start when it has no entry. */
	static String head(long fiscalYearId, List<Link> links) {
		return links.isEmpty() ? sha256("fiscal-year|" + fiscalYearId) : links.get(links.size() - 1).hash();
	}

	/**
	 * The entry as one unambiguous text: every field written as its length, a colon,
	 * itself and a semicolon, so no label can imitate a separator.
	 */
	static String canonical(SealedEntry entry) {
		StringBuilder text = new StringBuilder();
		field(text, Long.toString(entry.id()));
		field(text, entry.voucher());
		field(text, entry.date().toString());
		field(text, entry.label());
		field(text, entry.operation());
		field(text, entry.means());
		field(text, entry.chequeNumber());
		field(text, entry.cancelled() ? "cancelled" : "counts");
		field(text, Integer.toString(entry.lines().size()));
		for (SealedEntry.SealedLine line : entry.lines()) {
			field(text, line.account());
			field(text, Long.toString(line.cents()));
		}
		return text.toString();
	}

	private static void field(StringBuilder text, String value) {
		String shown = (value != null) ? value : "";
		text.append(shown.length()).append(':').append(shown).append(';');
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String series(String voucher) {
		int digit = 0;
		while (digit < voucher.length() && !Character.isDigit(voucher.charAt(digit))) {
			digit++;
		}
		return voucher.substring(0, digit);
	}

	private static long number(String voucher) {
		String digits = voucher.substring(series(voucher).length());
		try {
			return digits.isEmpty() ? 0 : Long.parseLong(digits);
		}
		catch (NumberFormatException ex) {
			return Long.MAX_VALUE;
		}
	}

	/** One entry's link in the chain, with what names the entry to a person. */
	record Link(long entryId, String voucher, LocalDate date, String hash) {

	}

}
