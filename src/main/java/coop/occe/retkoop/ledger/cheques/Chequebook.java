package coop.occe.retkoop.ledger.cheques;

/**
 * A chéquier: the range of numbers of its cheques.
 */
public record Chequebook(long id, long firstNumber, long lastNumber) {

	public boolean contains(long number) {
		return number >= this.firstNumber && number <= this.lastNumber;
	}

}
