package coop.occe.retkoop.directory;

import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.shared.Problem;

/**
 * A section of the mandataire's "Sommaire" provided by another module (the year end, for
 * one), so that the directory shows it without depending on that module. The sommaire
 * lists whatever sections are provided, in their order.
 */
public interface HomeSection {

	/** Where the section stands on the page (smaller first). */
	default int order() {
		return 0;
	}

	/** What the section shows for the cooperative now, if anything. */
	Optional<Card> card(CooperativeSummary cooperative);

	/**
	 * What the sommaire shows: a heading, lines (each a message key with its arguments,
	 * the {@code field} of a line names a style: {@code null}, {@code warning} or
	 * {@code danger}), and a link.
	 *
	 * @param id the element id of the section on the page
	 * @param heading the heading, a message key with its arguments
	 */
	record Card(String id, Problem heading, List<Problem> lines, String linkPath, String linkKey) {

		public Card {
			lines = List.copyOf(lines);
		}

	}

}
