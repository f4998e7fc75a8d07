package coop.occe.retkoop.ledger.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.occe.retkoop.ledger.CashBookFilter;
import coop.occe.retkoop.ledger.CashBookLine;
import coop.occe.retkoop.ledger.CashBookPage;
import coop.occe.retkoop.ledger.EntryView;
import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Line;
import coop.occe.retkoop.shared.Money;

import org.springframework.stereotype.Component;

/**
 * Reads the cash book page by page, with the running balances of the bank and the cash
 * box.
 */
@Component
public class CashBookPages {

	private final EntryRepository entries;

	CashBookPages(EntryRepository entries) {
		this.entries = entries;
	}

	/**
	 * One page of the cash book with the balances of the bank and the cash box after each
	 * line.
	 */
	public CashBookPage page(FiscalYear year, CashBookFilter filter, int page, int size) {
		int safePage = Math.max(0, page);
		long total = this.entries.count(year.id(), filter);
		List<EntryRepository.Header> headers = this.entries.page(year.id(), filter, safePage, size);
		if (headers.isEmpty()) {
			return new CashBookPage(List.of(), safePage, size, total);
		}
		EntryRepository.Header first = headers.get(0);
		EntryRepository.Header last = headers.get(headers.size() - 1);
		long[] before = this.entries.treasuryBefore(year.id(), first.date(), first.id());
		long bank = year.openingBank().cents() + before[0];
		long cash = year.openingCash().cents() + before[1];
		LinkedHashMap<Long, long[]> deltas = this.entries.treasuryBetween(year.id(), first.date(), first.id(),
				last.date(), last.id());
		Map<Long, long[]> balances = new LinkedHashMap<>();
		for (Map.Entry<Long, long[]> delta : deltas.entrySet()) {
			bank += delta.getValue()[0];
			cash += delta.getValue()[1];
			balances.put(delta.getKey(), new long[] { bank, cash });
		}
		Map<Long, List<Line>> lines = this.entries.lines(headers.stream().map(EntryRepository.Header::id).toList());
		List<CashBookLine> rows = new ArrayList<>();
		for (EntryRepository.Header h : headers) {
			long[] after = balances.get(h.id());
			EntryView view = new EntryView(h.id(), h.voucher(), h.date(), h.label(), h.operation(), h.means(),
					h.chequeNumber(), h.amount(), h.cancelled(), h.version(), lines.getOrDefault(h.id(), List.of()),
					h.projectId());
			rows.add(new CashBookLine(h.id(), h.voucher(), h.date(), h.label(), h.operation(), h.means(),
					h.chequeNumber(), h.bankDelta(), h.cashDelta(), view.splits(), h.cancelled(),
					Money.ofCents(after[0]), Money.ofCents(after[1])));
		}
		return new CashBookPage(rows, safePage, size, total);
	}

}
