package coop.occe.retkoop.ledger;

import java.util.List;

/**
 * One page of the cash book, oldest operation first.
 */
public record CashBookPage(List<CashBookLine> lines, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
