package coop.occe.retkoop.directory.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.CooperativeType;
import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.shared.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports cooperatives from a CSV file (format in docs/import-cooperatives.md). Each
 * valid line is saved in its own transaction; each invalid line is reported with its
 * number and why; a cooperative whose number already exists is updated, so importing a
 * file twice changes nothing the second time.
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

	public Report run(long associationId, byte[] content) {
		Report report = new Report();
		Optional<String> text = decode(content);
		if (text.isEmpty()) {
			report.fileProblem = Problem.of("file", "import.notText");
			return report;
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
		try (Reader reader = new StringReader(body); CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = new HashMap<>();
			parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
			List<String> missing = REQUIRED_COLUMNS.stream().filter((column) -> !header.containsKey(column)).toList();
			if (!missing.isEmpty()) {
				report.fileProblem = Problem.of("file", "import.missingColumns", String.join(", ", missing));
				return report;
			}
			Map<String, Long> numbersSeen = new HashMap<>();
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					report.errors.add(new LineError(parser.getCurrentLineNumber(),
							List.of(Problem.of("file", "import.unreadable"))));
					break;
				}
				importLine(associationId, header, record, numbersSeen, report);
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			report.fileProblem = Problem.of("file", "import.unreadable");
		}
		return report;
	}

	private void importLine(long associationId, Map<String, Integer> header, CSVRecord record,
			Map<String, Long> numbersSeen, Report report) {
		long line = record.getRecordNumber() + 1;
		if (record.size() != header.size()) {
			report.errors.add(new LineError(line,
					List.of(Problem.of("file", "import.columnCount", record.size(), header.size()))));
			return;
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
			report.errors.add(new LineError(line, problems));
			return;
		}
		numbersSeen.put(data.number(), line);
		Optional<CooperativeSummary> existing = this.cooperatives.findByNumber(associationId, data.number());
		if (existing.isPresent()) {
			CooperativeSummary coop = existing.get();
			CooperativeData current = CooperativeService.dataOf(coop).normalized();
			if (current.equals(data)) {
				report.unchanged++;
			}
			else {
				this.transactions.executeWithoutResult((status) -> this.service.update(coop, coop.version(), data));
				report.updated++;
			}
		}
		else {
			CooperativeService.Created created = this.transactions
				.execute((status) -> this.service.create(associationId, data));
			report.created++;
			if (created.password().random()) {
				report.newPasswords.add(created.password());
			}
		}
	}

	private static CooperativeType parseType(String value, List<Problem> problems) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "", "ecole", "école" -> CooperativeType.SCHOOL;
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

	/** What an import did. */
	public static final class Report {

		private int created;

		private int updated;

		private int unchanged;

		private Problem fileProblem;

		private final List<LineError> errors = new ArrayList<>();

		private final List<InitialPassword> newPasswords = new ArrayList<>();

		public int getCreated() {
			return this.created;
		}

		public int getUpdated() {
			return this.updated;
		}

		public int getUnchanged() {
			return this.unchanged;
		}

		public Problem getFileProblem() {
			return this.fileProblem;
		}

		public List<LineError> getErrors() {
			return this.errors;
		}

		public List<InitialPassword> getNewPasswords() {
			return this.newPasswords;
		}

	}

	/** An invalid line and all that is wrong with it. */
	public record LineError(long line, List<Problem> problems) {

	}

}
