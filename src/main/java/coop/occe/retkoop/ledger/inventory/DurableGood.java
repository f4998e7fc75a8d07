package coop.occe.retkoop.ledger.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import coop.occe.retkoop.shared.Money;

/**
 * A durable good of the cooperative (bought on a 68 entry or typed): its insured value
 * loses 10 % of the acquisition value each full year, never below 20 %.
 */
public record DurableGood(long id, String description, LocalDate acquiredOn, Money acquisitionValue,
		LocalDate disposedOn, Long entryId) {

	private static final BigDecimal YEARLY_LOSS = new BigDecimal("0.10");

	private static final BigDecimal FLOOR = new BigDecimal("0.20");

	/** The value to insure at a date; nothing once the good is disposed of. */
	public Money insuredValue(LocalDate at) {
		if (this.disposedOn != null && !at.isBefore(this.disposedOn)) {
			return Money.ZERO;
		}
		long years = Math.max(0, ChronoUnit.YEARS.between(this.acquiredOn, at));
		BigDecimal rate = BigDecimal.ONE.subtract(YEARLY_LOSS.multiply(BigDecimal.valueOf(years))).max(FLOOR);
		return this.acquisitionValue.times(rate);
	}

	public boolean isDisposed() {
		return this.disposedOn != null;
	}

}
