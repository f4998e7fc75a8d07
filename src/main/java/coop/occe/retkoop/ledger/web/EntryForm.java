package coop.occe.retkoop.ledger.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.EntryDraft;
import coop.occe.retkoop.ledger.IdempotencyKeys;
import coop.occe.retkoop.ledger.EntryView;
import coop.occe.retkoop.ledger.Operation;
import coop.occe.retkoop.ledger.PaymentMeans;
import coop.occe.retkoop.ledger.Split;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.Problem;

/**
 * The plain-words entry form as typed; it keeps whatever was typed, valid or not.
 */
public class EntryForm {

	static final int PART_ROWS = 4;

	private Operation operation = Operation.EXPENSE;

	private String date = "";

	private String label = "";

	private String amount = "";

	private PaymentMeans means;

	private String chequeNumber = "";

	private List<PartForm> parts = new ArrayList<>();

	private String key = "";

	private Long projectId;

	/** The teacher who holds a régie (régie forms only). */
	private String holder = "";

	/** The class book whose teacher receives a régie, empty for anyone else. */
	private Long classBookId;

	private boolean confirmReuse;

	private boolean reuseWarned;

	private int version;

	public EntryForm() {
		fillRows();
	}

	public static EntryForm of(EntryView entry) {
		EntryForm form = new EntryForm();
		form.operation = entry.operation();
		form.date = Dates.format(entry.date());
		form.label = entry.label();
		form.amount = entry.amount().formatNumber();
		form.means = entry.means();
		form.chequeNumber = (entry.chequeNumber() != null) ? entry.chequeNumber() : "";
		form.parts = new ArrayList<>();
		for (Split split : entry.splits()) {
			form.parts.add(new PartForm(split.accountCode(), split.amount().formatNumber()));
		}
		form.version = entry.version();
		form.projectId = entry.projectId();
		form.fillRows();
		return form;
	}

	/** Always at least {@link #PART_ROWS} rows, so that the form works without script. */
	public void fillRows() {
		while (this.parts.size() < PART_ROWS) {
			this.parts.add(new PartForm("", ""));
		}
	}

	/**
	 * The draft this form describes; what cannot be read (a date or an amount that is not
	 * one) is left empty in the draft and reported in {@code problems}.
	 */
	public EntryDraft toDraft(List<Problem> problems) {
		LocalDate parsedDate = null;
		if (!this.date.isBlank()) {
			Optional<LocalDate> read = Dates.parse(this.date);
			if (read.isEmpty()) {
				problems.add(Problem.of("date", "ledger.date.format"));
			}
			parsedDate = read.orElse(null);
		}
		Money total = readAmount(this.amount, "amount", "ledger.amount.format", problems);
		List<Split> splits = new ArrayList<>();
		if (!this.operation.isInternal()) {
			for (int i = 0; i < this.parts.size(); i++) {
				PartForm part = this.parts.get(i);
				Money partAmount = readAmount(part.getAmount(), "parts[" + i + "].amount", "ledger.split.amountFormat",
						problems);
				splits.add(new Split(part.getAccount().strip(), partAmount));
			}
			splits = wholeAmountOnASingleAccount(splits, total);
		}
		problems.addAll(IdempotencyKeys.checkSent(this.key));
		PaymentMeans paid = this.operation.needsMeans() ? this.means : null;
		String cheque = (paid == PaymentMeans.CHEQUE) ? this.chequeNumber : "";
		return new EntryDraft(this.operation, parsedDate, this.label, paid, cheque, total, splits,
				this.key.isBlank() ? null : this.key.strip(), this.projectId);
	}

	/** One account chosen and no amount typed on any line: it takes the whole amount. */
	private List<Split> wholeAmountOnASingleAccount(List<Split> splits, Money total) {
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < splits.size(); i++) {
			Split split = splits.get(i);
			if (!split.accountCode().isEmpty() || split.amount() != null) {
				chosen.add(i);
			}
		}
		if (total != null && chosen.size() == 1) {
			int index = chosen.get(0);
			Split only = splits.get(index);
			if (!only.accountCode().isEmpty() && only.amount() == null && this.parts.get(index).getAmount().isBlank()) {
				List<Split> whole = new ArrayList<>(splits);
				whole.set(index, new Split(only.accountCode(), total));
				return whole;
			}
		}
		return splits;
	}

	private static Money readAmount(String typed, String field, String code, List<Problem> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		Optional<Money> read = Money.parse(typed);
		if (read.isEmpty()) {
			problems.add(Problem.of(field, code));
		}
		return read.orElse(null);
	}

	public Operation getOperation() {
		return this.operation;
	}

	public void setOperation(Operation operation) {
		this.operation = (operation != null) ? operation : Operation.EXPENSE;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = (date != null) ? date : "";
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = (label != null) ? label : "";
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = (amount != null) ? amount : "";
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
		this.chequeNumber = (chequeNumber != null) ? chequeNumber : "";
	}

	public List<PartForm> getParts() {
		return this.parts;
	}

	public void setParts(List<PartForm> parts) {
		this.parts = (parts != null) ? new ArrayList<>(parts) : new ArrayList<>();
	}

	/**
	 * Whether the hidden key is one a page could have sent (see {@link IdempotencyKeys}).
	 */
	public boolean isKeyOffered() {
		return IdempotencyKeys.checkSent(this.key).isEmpty();
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = (key != null) ? key : "";
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public Long getClassBookId() {
		return this.classBookId;
	}

	public void setClassBookId(Long classBookId) {
		this.classBookId = classBookId;
	}

	public String getHolder() {
		return this.holder;
	}

	public void setHolder(String holder) {
		this.holder = (holder != null) ? holder : "";
	}

	public boolean isConfirmReuse() {
		return this.confirmReuse;
	}

	public void setConfirmReuse(boolean confirmReuse) {
		this.confirmReuse = confirmReuse;
	}

	public boolean isReuseWarned() {
		return this.reuseWarned;
	}

	public void setReuseWarned(boolean reuseWarned) {
		this.reuseWarned = reuseWarned;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	/** One row of the split: an account and its part of the amount. */
	public static class PartForm {

		private String account = "";

		private String amount = "";

		public PartForm() {
		}

		PartForm(String account, String amount) {
			this.account = account;
			this.amount = amount;
		}

		public String getAccount() {
			return this.account;
		}

		public void setAccount(String account) {
			this.account = (account != null) ? account : "";
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = (amount != null) ? amount : "";
		}

	}

}
