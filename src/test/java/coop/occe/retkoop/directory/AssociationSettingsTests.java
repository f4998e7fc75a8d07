package coop.occe.retkoop.directory;

import coop.occe.retkoop.directory.internal.AssociationChecks;
import coop.occe.retkoop.directory.internal.DemoData;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class AssociationSettingsTests extends WebTestSupport {

	@Autowired
	private DemoData demoData;

	@Test
	void siretIsCheckedWithItsLuhnKey() {
		assertThat(AssociationChecks.isValidSiret("77570866900020")).isTrue();
		assertThat(AssociationChecks.isValidSiret("77570866900021")).isFalse();
		assertThat(AssociationChecks.isValidSiret("7757086690002")).isFalse();
	}

	@Test
	void staffChooseRandomInitialPasswordsAndNewCooperativesGetOneShownOnce() throws Exception {
		TestAssociation association = this.data.association("OCCE Aléatoire");
		Cookie staff = loginStaff(association);
		MvcResult saved = this.mvc
			.perform(post("/ad/" + association.id() + "/parametres").cookie(staff)
				.with(csrf())
				.param("name", "OCCE Aléatoire")
				.param("email", "ad@occe.test")
				.param("siret", "775 708 669 00020")
				.param("randomInitialPasswords", "true"))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/ad/" + association.id());

		MvcResult created = this.mvc
			.perform(post("/ad/" + association.id() + "/cooperatives").cookie(staff)
				.with(csrf())
				.param("number", "0777")
				.param("name", "Coopérative au hasard")
				.param("commune", "CAHORS")
				.param("schoolEmail", "hasard@example.org")
				.param("type", "SCHOOL"))
			.andReturn();
		Document page = html(this.mvc
			.perform(get(created.getResponse().getRedirectedUrl()).cookie(staff).flashAttrs(created.getFlashMap()))
			.andReturn());
		String line = page.select(".alert-warning strong").text();
		assertThat(line).startsWith("Identifiant : " + association.number() + "-0777 — mot de passe : ");
		String password = line.substring(line.lastIndexOf(' ') + 1);
		assertThat(password).hasSize(12).doesNotStartWith("coop");
		assertThat(page.text()).contains("tiré au hasard n’est affiché qu’une fois");
		login(association.number() + "-0777", password);

		Document again = html(
				this.mvc.perform(get(created.getResponse().getRedirectedUrl()).cookie(staff)).andReturn());
		assertThat(again.text()).doesNotContain(password);
	}

	@Test
	void badSettingsAreRefusedNextToTheFieldsAndKept() throws Exception {
		TestAssociation association = this.data.association("OCCE Réglages");
		Cookie staff = loginStaff(association);
		Document page = html(this.mvc
			.perform(post("/ad/" + association.id() + "/parametres").cookie(staff)
				.with(csrf())
				.param("name", "")
				.param("siret", "12345678901234")
				.param("email", "nulle part"))
			.andReturn());
		assertThat(page.select("#name-erreur").text()).isEqualTo("Indiquez le nom de l’association.");
		assertThat(page.select("#siret-erreur").text()).contains("Ce SIRET n’est pas valable");
		assertThat(page.select("#email-erreur").text()).contains("n’est pas valable");
		assertThat(page.select("#siret").val()).isEqualTo("12345678901234");
		Document journal = html(
				this.mvc.perform(get("/ad/" + association.id() + "/journal").cookie(staff)).andReturn());
		assertThat(journal.text()).doesNotContain("Paramètres de l’association modifiés");
	}

	@Test
	void theFederationCreatesAnAssociationAndStaffOfAnAdCannot() throws Exception {
		this.demoData.load();
		Cookie admin = login(DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
		Document taken = html(this.mvc
			.perform(post("/federation/associations").cookie(admin)
				.with(csrf())
				.param("number", "046")
				.param("name", "Doublon"))
			.andReturn());
		assertThat(taken.select("#number-erreur").text()).contains("046").contains("déjà");

		String number = this.jdbc
			.sql("SELECT MIN(n) FROM (SELECT 900 + x AS n FROM (SELECT COUNT(*) AS x FROM directory_association "
					+ "WHERE number >= '900') c) t")
			.query(String.class)
			.single();
		MvcResult created = this.mvc
			.perform(post("/federation/associations").cookie(admin)
				.with(csrf())
				.param("number", number)
				.param("name", "OCCE de Test " + number))
			.andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/ad/");
		Document federation = html(this.mvc.perform(get("/federation").cookie(admin)).andReturn());
		assertThat(federation.text()).contains("OCCE de Test " + number).contains("OCCE du Lot");

		TestAssociation association = this.data.association("OCCE sans pouvoir");
		MvcResult refused = this.mvc.perform(get("/federation/associations/new").cookie(loginStaff(association)))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
	}

}
