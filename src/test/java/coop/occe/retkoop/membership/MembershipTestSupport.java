package coop.occe.retkoop.membership;

import java.math.BigDecimal;
import java.time.LocalDate;

import coop.occe.retkoop.membership.internal.Adhesions;
import coop.occe.retkoop.membership.internal.Tariffs;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An AD with the Lot's tariffs (2,05 € + 0,25 € per coopérateur), its adhésion window
 * open today, and helpers to fill in the seed's classes through the real forms.
 */
abstract class MembershipTestSupport extends WebTestSupport {

	@Autowired
	protected Adhesions adhesions;

	protected TestAssociation association;

	protected TestCooperative coop;

	protected Cookie session;

	protected void openAdhesions(boolean open) throws Exception {
		this.association = this.data.association("OCCE du Test");
		this.coop = this.data.readyCooperative(this.association,
				"Coopérative Scolaire de l'École Publique Jules Ferry");
		SchoolYear year = this.adhesions.currentYear();
		LocalDate today = this.adhesions.today();
		this.adhesions.saveTariffs(new Tariffs(this.association.id(), year, year.firstDay(),
				open ? today.plusDays(30) : today.minusDays(1), Money.of("2.05"), Money.of("2.05"), Money.of("0.25"),
				Money.of("0.25"), Money.euros(2000), new BigDecimal("0.00688"), Money.euros(15000),
				new BigDecimal("0.00688"), Money.ZERO, false, Money.of("0.40"), true, true, false));
		this.session = loginCooperative(this.coop);
	}

	protected MvcResult addClass(String name, String teachers, String email, String teacherCount, String pupilCount)
			throws Exception {
		return this.mvc
			.perform(post("/coop/adhesion/classes").cookie(this.session)
				.param("name", name)
				.param("teachers", teachers)
				.param("email", email)
				.param("teacherCount", teacherCount)
				.param("pupilCount", pupilCount)
				.with(csrf()))
			.andReturn();
	}

	protected void enterTheSeedClasses() throws Exception {
		assertThat(addClass("CM1-CM2", "JEAN DUPONT", "jdp@gmail.com", "1", "24").getResponse().getRedirectedUrl())
			.isEqualTo("/coop/adhesion?ordre=nom");
		addClass("CE2", "JEANNE LECLAIR", "jeanne@gmail.com", "1", "18");
		addClass("CE1", "NORBERT DUROC - BENOIT LOUP", "ndr@wanadoo.fr", "2", "15");
	}

	protected Document page() throws Exception {
		return html(this.mvc.perform(get("/coop/adhesion").cookie(this.session)).andReturn());
	}

	/**
	 * Text with its no-break spaces made plain and line breaks (of PDFs) made single
	 * spaces.
	 */
	protected static String plain(String text) {
		return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
	}

}
