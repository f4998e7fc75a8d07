package coop.occe.retkoop.membership.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.shared.SchoolYear;

/**
 * Everything the adhésion page, the PDFs and the AD pages show about one cooperative's
 * adhésion for one year. {@code tariffs} is null when the AD has not set the year.
 */
public record AdhesionSnapshot(AssociationSummary association, CooperativeSummary cooperative, SchoolYear year,
		Adhesion adhesion, List<MemberClass> classes, Tariffs tariffs, Fees fees, boolean open,
		StoredDocument engagement, int previousYearClasses) {

	public boolean hasTariffs() {
		return this.tariffs != null;
	}

	/**
	 * The mandataire may change it now: the AD's window is open and the state allows it.
	 */
	public boolean editable() {
		return this.tariffs != null && this.adhesion.state().editableByMandatary()
				&& (this.open || this.adhesion.state().editableOutsideTheDates());
	}

	/** The signed engagement may be replaced until the AD validates the adhésion. */
	public boolean engagementReplaceable() {
		return editable() || (this.tariffs != null && this.adhesion.state() == AdhesionState.SENT);
	}

	public int teachers() {
		return this.classes.stream().mapToInt(MemberClass::teacherCount).sum();
	}

	public int pupils() {
		return this.classes.stream().mapToInt(MemberClass::pupilCount).sum();
	}

	public int total() {
		return teachers() + pupils();
	}

	public List<MemberClass> classesByName() {
		return this.classes.stream()
			.sorted(Comparator.comparing((MemberClass c) -> c.name().toLowerCase()).thenComparing(MemberClass::id))
			.toList();
	}

	/** Keys of the messages "Il manque …", empty when it can be sent. */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (this.classes.isEmpty()) {
			missing.add("membership.missing.classes");
		}
		if (this.adhesion.payment() == PaymentChoice.NONE) {
			missing.add("membership.missing.payment");
		}
		if (this.engagement == null) {
			missing.add("membership.missing.engagement");
		}
		return missing;
	}

	public boolean canBeSent() {
		return editable() && missing().isEmpty();
	}

}
