package coop.occe.retkoop.identity;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class StaffPagesTests extends WebTestSupport {

	@Test
	void staffAddAColleagueWhoMustChooseAPasswordAndCanBeSwitchedOff() throws Exception {
		TestAssociation association = this.data.association("OCCE du Personnel");
		Cookie staff = loginStaff(association);
		String email = "nouvelle" + association.number() + "@occe.test";
		MvcResult added = this.mvc
			.perform(post("/ad/" + association.id() + "/personnel").cookie(staff)
				.with(csrf())
				.param("name", "Nadia NOUVELLE")
				.param("email", email.toUpperCase()))
			.andReturn();
		Document page = html(this.mvc
			.perform(get(added.getResponse().getRedirectedUrl()).cookie(staff).flashAttrs(added.getFlashMap()))
			.andReturn());
		String line = page.select(".alert-warning strong").text();
		assertThat(line).startsWith("Identifiant : " + email + " — mot de passe initial : ");
		String password = line.substring(line.lastIndexOf(' ') + 1);
		assertThat(page.text()).contains("Nadia NOUVELLE");

		Cookie colleague = login(email, password);
		assertThat(this.mvc.perform(get("/ad/" + association.id()).cookie(colleague))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/mot-de-passe");

		long id = this.jdbc.sql("SELECT id FROM identity_account WHERE login = ?")
			.param(email)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/ad/" + association.id() + "/personnel/" + id + "/desactiver").cookie(staff).with(csrf()))
			.andReturn();
		MvcResult refused = this.mvc
			.perform(post("/connexion").param("identifiant", email).param("motDePasse", password).with(csrf()))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
		Document journal = html(
				this.mvc.perform(get("/ad/" + association.id() + "/journal").cookie(staff)).andReturn());
		assertThat(journal.text()).contains("Compte du personnel créé").contains("Compte du personnel désactivé");
	}

	@Test
	void refusesBadOrTakenAddressesAndKeepsWhatWasTyped() throws Exception {
		TestAssociation association = this.data.association("OCCE Doublons");
		Cookie staff = loginStaff(association);
		Document bad = html(this.mvc
			.perform(post("/ad/" + association.id() + "/personnel").cookie(staff)
				.with(csrf())
				.param("name", "")
				.param("email", "pas une adresse"))
			.andReturn());
		assertThat(bad.select("#name-erreur").text()).isEqualTo("Indiquez le nom et le prénom.");
		assertThat(bad.select("#email-erreur").text()).contains("n’est pas valable");
		assertThat(bad.select("#email").val()).isEqualTo("pas une adresse");
		Document taken = html(this.mvc
			.perform(post("/ad/" + association.id() + "/personnel").cookie(staff)
				.with(csrf())
				.param("name", "Moi")
				.param("email", association.staffEmail()))
			.andReturn());
		assertThat(taken.select("#email-erreur").text()).contains("existe déjà");
	}

	@Test
	void nobodyCanSwitchOffTheirOwnAccount() throws Exception {
		TestAssociation association = this.data.association("OCCE Prudente");
		Cookie staff = loginStaff(association);
		long me = this.jdbc.sql("SELECT id FROM identity_account WHERE login = ?")
			.param(association.staffEmail())
			.query(Long.class)
			.single();
		MvcResult result = this.mvc
			.perform(post("/ad/" + association.id() + "/personnel/" + me + "/desactiver").cookie(staff).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		// Still able to log in: the account was not switched off.
		loginStaff(association);
	}

}
