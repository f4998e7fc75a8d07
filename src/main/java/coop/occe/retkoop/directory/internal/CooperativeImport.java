package coop.occe.retkoop.directory.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.shared.Problem;
import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.CooperativeType;
import coop.occe.retkoop.identity.InitialPassword;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads cooperatives from a CSV file (format in docs/import-cooperatives.md), line by
 * line for {@link ImportJobs}: each valid line is saved, each invalid line is reported
 * with its number and why; a cooperative whose number already exists is updated, so
 * importing a file twice changes nothing the second time.
 */
@Service
public class CooperativeImport {

	/** Columns, in the order of the sample file. */
	public static final List<String> COLUMNS = List.of("numero", "nom", "commune", "uai", "courriel_ecole", "adresse",
			"code_postal", "type", "mandataire", "courriel_mandataire", "banque", "iban", "bic");

	private static final List<String> REQUIRED_COLUMNS = List.of("nom", "commune", "courriel_ecole");

	private final CooperativeService service;

	private final CooperativeRepository cooperatives;

	private final TransactionTemplate transactions;

	CooperativeImport(CooperativeService service, CooperativeRepository cooperatives,
			TransactionTemplate transactions) {
		this.service = service;
		this.cooperatives = cooperatives;
		this.transactions = transactions;
	}

	/**
	 * Reads the file's first line; the parsed file, or the problem that makes the whole
	 * file unreadable (not text, missing columns).
	 */
	public Parsed parse(byte[] content) {
		Optional<String> text = decode(content);
		if (text.isEmpty()) {
			return new Parsed(Problem.of("file", "import.notText"), null, null);
		}
		String body = text.get();
		if (body.startsWith("\uFEFF")) {
			body = body.substring(1);
		}
		String firstLine = body.lines().findFirst().orElse("");
		char delimiter = (count(firstLine, ';') >= count(firstLine, ',')) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try {
			CSVParser parser = CSVParser.parse(new StringReader(body), format);
			Map<String, Integer> header = new HashMap<>();
			parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
			List<String> missing = REQUIRED_COLUMNS.stream().filter((column) -> !header.containsKey(column)).toList();
			if (!missing.isEmpty()) {
				return new Parsed(Problem.of("file", "import.missingColumns", String.join(", ", missing)), null, null);
			}
			return new Parsed(null, header, parser);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			return new Parsed(Problem.of("file", "import.unreadable"), null, null);
		}
	}

	/** A file whose first line was read: its columns, then its records one by one. */
	public record Parsed(Problem fileProblem, Map<String, Integer> header, CSVParser parser) {

		/**
		 * The next record, empty at the end of the file; throws
		 * {@link UnreadableLineException} where the file cannot be read further.
		 */
		public Optional<CSVRecord> next(Iterator<CSVRecord> records) {
			try {
				return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw new UnreadableLineException(this.parser.getCurrentLineNumber());
			}
		}

	}

	/** The file cannot be read from this line on (an unclosed quote). */
	public static final class UnreadableLineException extends RuntimeException {

		private final long line;

		UnreadableLineException(long line) {
			super("unreadable from line " + line);
			this.line = line;
		}

		public long line() {
			return this.line;
		}

	}

	/** What became of a line. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED, REFUSED

	}

	/**
	 * A line's result: its number and name as read, and its problems when refused, or the
	 * random initial password of a created cooperative.
	 */
	public record LineResult(long line, Outcome outcome, String number, String name, List<Problem> problems,
			InitialPassword password) {

	}

	/**
	 * Checks and saves one record (in the caller's transaction, or one of its own);
	 * {@code numbersSeen} holds the numbers of the file's earlier valid lines.
	 */
	public LineResult importLine(long associationId, Map<String, Integer> header, CSVRecord record,
			Map<String, Long> numbersSeen) {
		long line = record.getRecordNumber() + 1;
		if (record.size() != header.size()) {
			return new LineResult(line, Outcome.REFUSED, "", "",
					List.of(Problem.of("file", "import.columnCount", record.size(), header.size())), null);
		}
		List<Problem> problems = new ArrayList<>();
		CooperativeType type = parseType(value(header, record, "type"), problems);
		CooperativeData data = new CooperativeData(value(header, record, "numero"), value(header, record, "nom"),
				value(header, record, "commune"), value(header, record, "uai"), value(header, record, "courriel_ecole"),
				value(header, record, "adresse"), value(header, record, "code_postal"), type,
				value(header, record, "mandataire"), value(header, record, "courriel_mandataire"),
				value(header, record, "banque"), value(header, record, "iban"), value(header, record, "bic"))
			.normalized();
		problems.addAll(CooperativeChecks.check(data));
		Long firstLine = numbersSeen.get(data.number());
		if (firstLine != null && !data.number().isEmpty()) {
			problems.add(Problem.of("number", "import.duplicateNumber", data.number(), firstLine));
		}
		if (!problems.isEmpty()) {
			return new LineResult(line, Outcome.REFUSED, data.number(), data.name(), problems, null);
		}
		numbersSeen.put(data.number(), line);
		Optional<CooperativeSummary> existing = this.cooperatives.findByNumber(associationId, data.number());
		if (existing.isPresent()) {
			CooperativeSummary coop = existing.get();
			CooperativeData current = CooperativeService.dataOf(coop).normalized();
			if (current.equals(data)) {
				return new LineResult(line, Outcome.UNCHANGED, data.number(), data.name(), List.of(), null);
			}
			this.transactions.executeWithoutResult((status) -> this.service.update(coop, coop.version(), data));
			return new LineResult(line, Outcome.UPDATED, data.number(), data.name(), List.of(), null);
		}
		CooperativeService.Created created = this.transactions
			.execute((status) -> this.service.create(associationId, data));
		return new LineResult(line, Outcome.CREATED, data.number(), data.name(), List.of(),
				created.password().random() ? created.password() : null);
	}

	/** The type's word, in any case and with or without accents ("école" is "ecole"). */
	private static CooperativeType parseType(String value, List<Problem> problems) {
		String word = Normalizer.normalize(value.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return switch (word) {
			case "", "ecole" -> CooperativeType.SCHOOL;
			case "classe" -> CooperativeType.CLASS;
			case "autre" -> CooperativeType.OTHER;
			default -> {
				problems.add(Problem.of("type", "import.type", value));
				yield CooperativeType.SCHOOL;
			}
		};
	}

	private static String value(Map<String, Integer> header, CSVRecord record, String column) {
		Integer index = header.get(column);
		return (index == null) ? "" : record.get(index);
	}

	private static long count(String text, char c) {
		return text.chars().filter((ch) -> ch == c).count();
	}

	/**
	 * UTF-8 text, refusing binary files (a spreadsheet saved as .xlsx, an image renamed
	 * .csv).
	 */
	private static Optional<String> decode(byte[] content) {
		if (content.length == 0) {
			return Optional.empty();
		}
		for (byte b : content) {
			if (b == 0) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString());
		}
		catch (CharacterCodingException ex) {
			// Spreadsheets on Windows often save CSV as Windows-1252.
			return Optional.of(new String(content, java.nio.charset.Charset.forName("windows-1252")));
		}
	}

}
