package coop.occe.retkoop.ledger.fec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import coop.occe.retkoop.shared.Money;

/**
 * One line of the FEC, with its 18 columns in the order of article A47 A-1: dates as
 * AAAAMMJJ, amounts with a decimal comma and no thousands separator, tab-separated.
 * Auxiliary accounts and foreign currency stay empty: a cooperative keeps its books in
 * euros and has no third-party accounts. The bank line of an entry found on a bank
 * statement is lettered with the statement's letter and date.
 */
public record FecRow(String journalCode, String journalLabel, int entryNumber, LocalDate entryDate, String account,
		String accountLabel, String voucher, LocalDate voucherDate, String label, Money debit, Money credit,
		String letter, LocalDate letterDate, LocalDate validated) {

	/** The column names, first line of the file. */
	public static final List<String> COLUMNS = List.of("JournalCode", "JournalLib", "EcritureNum", "EcritureDate",
			"CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit",
			"Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");

	/**
	 * The encoding accepted by the tax administration that holds French accents and "€".
	 */
	public static final Charset CHARSET = Charset.forName("ISO-8859-15");

	private static final DateTimeFormatter AAAAMMJJ = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The 18 values of the line, as written. */
	public List<String> values() {
		return List.of(this.journalCode, text(this.journalLabel), Integer.toString(this.entryNumber),
				date(this.entryDate), this.account, text(this.accountLabel), "", "", text(this.voucher),
				date(this.voucherDate), text(this.label), amount(this.debit), amount(this.credit), this.letter,
				(this.letterDate != null) ? date(this.letterDate) : "", date(this.validated), "", "");
	}

	/** Writes the header and the rows; the stream is left open. */
	public static void write(List<FecRow> rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, CHARSET);
		writer.write(String.join("\t", COLUMNS));
		writer.write("\r\n");
		for (FecRow row : rows) {
			writer.write(String.join("\t", row.values()));
			writer.write("\r\n");
		}
		writer.flush();
	}

	static String date(LocalDate date) {
		return date.format(AAAAMMJJ);
	}

	static String displayDate(LocalDate date) {
		return date.format(DISPLAY);
	}

	/** "1234,56": no thousands separator, a decimal comma, never negative. */
	static String amount(Money money) {
		long cents = money.cents();
		return (cents / 100) + "," + String.format("%02d", cents % 100);
	}

	/**
	 * A label as the file can hold it: no tab or line break (they separate columns and
	 * lines), typographic quotes made plain, any letter the encoding lacks without its
	 * accent, whatever remains replaced by "?".
	 */
	static String text(String value) {
		String plain = value.replaceAll("[\\t\\r\\n\\p{Cntrl}]+", " ")
			.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replace('\u00A0', ' ')
			.replace('\u202F', ' ')
			.replace('\u2013', '-')
			.replace('\u2014', '-')
			.strip();
		StringBuilder written = new StringBuilder(plain.length());
		var encoder = CHARSET.newEncoder();
		for (int i = 0; i < plain.length(); i = plain.offsetByCodePoints(i, 1)) {
			String character = new String(Character.toChars(plain.codePointAt(i)));
			if (encoder.canEncode(character)) {
				written.append(character);
			}
			else {
				String stripped = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
				written.append(!stripped.isEmpty() && encoder.canEncode(stripped) ? stripped : "?");
			}
		}
		return written.toString();
	}

}
