package coop.occe.retkoop.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import coop.occe.retkoop.shared.Money;

/**
 * "Où en sommes-nous ?": what the cooperative has in the bank, in the cash box and in
 * open régies at a date, and its products and charges since 1 September.
 */
public record Position(LocalDate date, Money openingBank, Money openingCash, Money openingAdvances, Money bank,
		Money cash, Money advances, List<AccountTotal> charges, List<AccountTotal> products, Money totalCharges,
		Money totalProducts) {

	/**
	 * The position from the sums of lines per account code (debits positive) and the
	 * chart that says what each code is.
	 */
	public static Position of(LocalDate date, Money openingBank, Money openingCash, Map<String, Long> sums,
			Map<String, Account> chart) {
		return of(date, openingBank, openingCash, Money.ZERO, sums, chart);
	}

	/**
	 * The position when régies still open on 1 September were carried from the previous
	 * year ({@code openingAdvances}).
	 */
	public static Position of(LocalDate date, Money openingBank, Money openingCash, Money openingAdvances,
			Map<String, Long> sums, Map<String, Account> chart) {
		long bank = openingBank.cents();
		long cash = openingCash.cents();
		long advances = openingAdvances.cents();
		long charges = 0;
		long products = 0;
		List<AccountTotal> chargeTotals = new ArrayList<>();
		List<AccountTotal> productTotals = new ArrayList<>();
		for (Map.Entry<String, Long> sum : new TreeMap<>(sums).entrySet()) {
			String code = sum.getKey();
			long cents = sum.getValue();
			Account account = chart.get(code);
			String label = (account != null) ? account.label() : "";
			switch (kindOf(code, account)) {
				case BANK -> bank += cents;
				case CASH -> cash += cents;
				case ADVANCE -> advances += cents;
				case CHARGE -> {
					charges += cents;
					chargeTotals.add(new AccountTotal(code, label, Money.ofCents(cents)));
				}
				case PRODUCT -> {
					products -= cents;
					productTotals.add(new AccountTotal(code, label, Money.ofCents(-cents)));
				}
				default -> {
				}
			}
		}
		return new Position(date, openingBank, openingCash, openingAdvances, Money.ofCents(bank), Money.ofCents(cash),
				Money.ofCents(advances), List.copyOf(chargeTotals), List.copyOf(productTotals), Money.ofCents(charges),
				Money.ofCents(products));
	}

	private static AccountKind kindOf(String code, Account account) {
		if (account != null) {
			return account.kind();
		}
		if (code.startsWith("6")) {
			return AccountKind.CHARGE;
		}
		if (code.startsWith("7")) {
			return AccountKind.PRODUCT;
		}
		return switch (code) {
			case BalancedLines.BANK -> AccountKind.BANK;
			case BalancedLines.CASH -> AccountKind.CASH;
			case "467" -> AccountKind.ADVANCE;
			default -> AccountKind.INTERNAL;
		};
	}

	/** Products minus charges. */
	public Money result() {
		return this.totalProducts.minus(this.totalCharges);
	}

	/** What the cooperative held on 1 September: bank, cash box and open régies. */
	public Money openingHoldings() {
		return this.openingBank.plus(this.openingCash).plus(this.openingAdvances);
	}

	/** Everything the cooperative holds: bank, cash box and open régies. */
	public Money holdings() {
		return this.bank.plus(this.cash).plus(this.advances);
	}

}
