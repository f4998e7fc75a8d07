package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.shared.Money;

/**
 * Tiny ledgers written as text, one operation a line:
 *
 * <pre>
 * R01 | 02/09/2026 | recette | espèces     | Participation des familles | 120,00 | 7562 120,00
 * D01 | 05/09/2026 | dépense | chèque 1234 | Livres                     |  80,00 | 6068 50,00 ; 6251 30,00
 * D02 | 06/09/2026 | dépôt   |             | Espèces à la banque        | 120,00 |
 * au 30/09/2026 : banque 1 040,00 ; caisse 50,00 ; charges 80,00 ; produits 120,00
 * </pre>
 *
 * The first column is the voucher number expected; "au" lines are the position expected
 * at that date.
 */
final class TextLedger {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	record Row(String voucher, EntryDraft draft) {

	}

	record Expectation(LocalDate date, Map<String, Money> amounts) {

	}

	final List<Row> rows = new ArrayList<>();

	final List<Expectation> expectations = new ArrayList<>();

	static TextLedger parse(String text) {
		TextLedger ledger = new TextLedger();
		for (String raw : text.strip().split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("au ")) {
				String[] parts = line.substring(3).split(":", 2);
				Map<String, Money> amounts = new LinkedHashMap<>();
				for (String item : parts[1].split(";")) {
					String[] words = item.strip().split(" ", 2);
					amounts.put(words[0], money(words[1]));
				}
				ledger.expectations.add(new Expectation(LocalDate.parse(parts[0].strip(), DATE), amounts));
				continue;
			}
			String[] cells = line.split("\\|", -1);
			String means = cells[3].strip();
			PaymentMeans paymentMeans = null;
			String cheque = "";
			if (means.startsWith("chèque")) {
				paymentMeans = PaymentMeans.CHEQUE;
				cheque = means.substring("chèque".length()).strip();
			}
			else if (!means.isEmpty()) {
				paymentMeans = switch (means) {
					case "espèces" -> PaymentMeans.CASH;
					case "virement" -> PaymentMeans.TRANSFER;
					case "carte" -> PaymentMeans.CARD;
					case "prélèvement" -> PaymentMeans.DIRECT_DEBIT;
					default -> throw new IllegalArgumentException(means);
				};
			}
			Operation operation = switch (cells[2].strip()) {
				case "recette" -> Operation.RECEIPT;
				case "dépense" -> Operation.EXPENSE;
				case "dépôt" -> Operation.CASH_DEPOSIT;
				case "retrait" -> Operation.CASH_WITHDRAWAL;
				default -> throw new IllegalArgumentException(cells[2]);
			};
			List<Split> splits = new ArrayList<>();
			if (cells.length > 6 && !cells[6].isBlank()) {
				for (String part : cells[6].split(";")) {
					String[] words = part.strip().split(" ", 2);
					splits.add(new Split(words[0], money(words[1])));
				}
			}
			ledger.rows.add(new Row(cells[0].strip(), new EntryDraft(operation, LocalDate.parse(cells[1].strip(), DATE),
					cells[4].strip(), paymentMeans, cheque, money(cells[5]), splits, null)));
		}
		return ledger;
	}

	private static Money money(String typed) {
		return Money.parse(typed.strip()).orElseThrow(() -> new IllegalArgumentException(typed));
	}

}
