package coop.occe.retkoop.ledger.classbooks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.ledger.web.Dates;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

/**
 * A line of a class cash book as the teacher types it: a receipt or an expense on one
 * account.
 */
public class ClassLineForm {

	private Operation operation = Operation.EXPENSE;

	private String date = "";

	private String label = "";

	private String amount = "";

	private String account = "";

	private PaymentMeans means = PaymentMeans.CASH;

	private String chequeNumber = "";

	private String key = "";

	/** The draft this form describes; what cannot be read is reported in problems. */
	EntryDraft toDraft(List<Problem> problems) {
		LocalDate parsedDate = null;
		if (!this.date.isBlank()) {
			Optional<LocalDate> read = Dates.parse(this.date);
			if (read.isEmpty()) {
				problems.add(Problem.of("date", "ledger.date.format"));
			}
			parsedDate = read.orElse(null);
		}
		Money total = null;
		if (!this.amount.isBlank()) {
			Optional<Money> read = Money.parse(this.amount);
			if (read.isEmpty()) {
				problems.add(Problem.of("amount", "ledger.amount.format"));
			}
			total = read.orElse(null);
		}
		String cheque = (this.means == PaymentMeans.CHEQUE) ? this.chequeNumber : "";
		List<Split> splits = this.account.isBlank() ? List.of() : List.of(new Split(this.account.strip(), total));
		return new EntryDraft(this.operation, parsedDate, this.label, this.means, cheque, total, splits,
				this.key.isBlank() ? null : this.key.strip());
	}

	/** The form's field for a problem of the draft (its single split is the account). */
	static Problem onThisForm(Problem problem) {
		String field = problem.field();
		if (field == null) {
			return problem;
		}
		if (field.equals("parts") || field.startsWith("parts[")) {
			return Problem.of(field.endsWith(".amount") ? "amount" : "account", problem.code(), problem.arguments());
		}
		return problem;
	}

	public Operation getOperation() {
		return this.operation;
	}

	public void setOperation(Operation operation) {
		this.operation = operation;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = (date == null) ? "" : date;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = (label == null) ? "" : label;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = (amount == null) ? "" : amount;
	}

	public String getAccount() {
		return this.account;
	}

	public void setAccount(String account) {
		this.account = (account == null) ? "" : account;
	}

	public PaymentMeans getMeans() {
		return this.means;
	}

	public void setMeans(PaymentMeans means) {
		this.means = means;
	}

	public String getChequeNumber() {
		return this.chequeNumber;
	}

	public void setChequeNumber(String chequeNumber) {
		this.chequeNumber = (chequeNumber == null) ? "" : chequeNumber;
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = (key == null) ? "" : key;
	}

}
