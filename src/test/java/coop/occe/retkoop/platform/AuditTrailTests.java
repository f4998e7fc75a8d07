package coop.occe.retkoop.platform;

import java.util.Map;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class AuditTrailTests extends WebTestSupport {

	@Test
	void describesOnlyTheFieldsThatChanged() {
		assertThat(AuditTrail.describeChanges(Map.of("nom", "A", "commune", "X", "iban", ""),
				Map.of("nom", "B", "commune", "X", "iban", "FR76")))
			.isEqualTo("iban : ∅ → FR76\nnom : A → B");
	}

	@Test
	void staffReadLoginsPasswordChangesAndCreationsOfTheirCooperativesOnly() throws Exception {
		TestAssociation association = this.data.association("OCCE Journal");
		TestCooperative coop = this.data.cooperative(association, "Coopérative Journalisée");
		Cookie session = login(coop.login(), coop.initialPassword());
		this.mvc
			.perform(post("/mot-de-passe").cookie(session)
				.param("newPassword", "cahier-de-bord-2026")
				.param("confirmation", "cahier-de-bord-2026")
				.with(csrf()))
			.andReturn();
		this.mvc
			.perform(post("/connexion").param("identifiant", coop.login()).param("motDePasse", "mauvais").with(csrf()))
			.andReturn();

		Cookie staff = loginStaff(association);
		Document journal = html(
				this.mvc.perform(get("/ad/" + association.id() + "/journal").cookie(staff)).andReturn());
		String text = journal.text();
		assertThat(text).contains("Coopérative créée")
			.contains("nom : ∅ → Coopérative Journalisée")
			.contains("Connexion")
			.contains("Mot de passe changé")
			.contains("Échec de connexion")
			.contains(coop.login());

		TestAssociation other = this.data.association("OCCE Discrète");
		Document otherJournal = html(
				this.mvc.perform(get("/ad/" + other.id() + "/journal").cookie(loginStaff(other))).andReturn());
		assertThat(otherJournal.text()).doesNotContain(coop.login());
	}

}
