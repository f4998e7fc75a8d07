package coop.occe.retkoop.platform;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import coop.occe.retkoop.shared.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the application hands out, written for a French spreadsheet: UTF-8 with
 * a byte order mark, semicolons, decimal commas. A text cell that a spreadsheet would
 * take for a formula (it starts with {@code = + - @}, a tab or a carriage return, e.g.
 * {@code =HYPERLINK(…)} typed as a label) is neutralised with a leading apostrophe, so
 * that what users typed is shown and never run. Numbers and amounts, passed as
 * {@link Number} or {@link Money}, are written as numbers, negative ones included.
 */
public final class SpreadsheetCsv implements Closeable {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').get();

	private final CSVPrinter printer;

	private SpreadsheetCsv(Writer writer) throws IOException {
		writer.write('\uFEFF');
		this.printer = new CSVPrinter(writer, FORMAT);
	}

	/** Starts a file on {@code writer}; closing the file closes the writer. */
	public static SpreadsheetCsv on(Writer writer) throws IOException {
		return new SpreadsheetCsv(writer);
	}

	public void row(List<?> cells) throws IOException {
		for (Object cell : cells) {
			this.printer.print(cell(cell));
		}
		this.printer.println();
	}

	public void row(Object... cells) throws IOException {
		row(java.util.Arrays.asList(cells));
	}

	/**
	 * What a cell holds once written: numbers with a decimal comma, texts neutralised.
	 */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Money money) {
			return number(money.toBigDecimal());
		}
		if (value instanceof BigDecimal decimal) {
			return number(decimal);
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return value.toString();
		}
		return text(value.toString());
	}

	/**
	 * A text as a spreadsheet shows it and never evaluates it: one that starts with a
	 * formula character gets a leading apostrophe.
	 */
	public static String text(String value) {
		if (value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\n' || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
		return formula ? "'" + value : value;
	}

	private static String number(BigDecimal value) {
		return value.toPlainString().replace('.', ',');
	}

	@Override
	public void close() throws IOException {
		this.printer.close();
	}

}
