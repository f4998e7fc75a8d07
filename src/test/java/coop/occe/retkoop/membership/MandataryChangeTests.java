package coop.occe.retkoop.membership;

import java.nio.charset.StandardCharsets;

import coop.occe.retkoop.membership.internal.AdhesionPdfs;
import coop.occe.retkoop.support.Scans;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class MandataryChangeTests extends MembershipTestSupport {

	@BeforeEach
	void setUp() throws Exception {
		openAdhesions(true);
	}

	@Test
	void theAccountNumberIsTakenFromTheFrenchIban() {
		assertThat(AdhesionPdfs.accountNumber("FR76 2004 1010 1609 9999 9702 912")).isEqualTo("09999997029");
		assertThat(AdhesionPdfs.accountNumber("FR7620041010160999999702912")).isEqualTo("09999997029");
		assertThat(AdhesionPdfs.accountNumber("")).isEmpty();
	}

	@Test
	void thePrintableRequestIsPrefilledWithTheNewMandataryAndTheCurrentOne() throws Exception {
		MvcResult pdf = this.mvc
			.perform(get("/coop/changement-mandataire/demande.pdf").param("name", "Marie CURIE")
				.param("email", "marie@ecole.test")
				.param("signatories", "Marie CURIE, Paul LANGEVIN")
				.cookie(this.session))
			.andReturn();
		String text = plain(AdhesionWorkflowTests.pdfText(pdf.getResponse().getContentAsByteArray()));
		assertThat(text).contains("Changement de mandataire et/ou de signataire(s)")
			.contains("Marie CURIE marie@ecole.test")
			.contains("Paul LANGEVIN")
			.contains("Mandataire " + this.coop.login().substring(4));
	}

	@Test
	void theSignedRequestIsCheckedThenTheAdSeesItOpensItAndMarksItApplied() throws Exception {
		Document invalid = html(this.mvc
			.perform(multipart("/coop/changement-mandataire")
				.file(new MockMultipartFile("fichier", "demande.pdf", "application/pdf", Scans.pdf("demande")))
				.param("name", "")
				.param("email", "marie")
				.cookie(this.session)
				.with(csrf()))
			.andReturn());
		assertThat(invalid.select("#name-erreur").text()).isEqualTo("Indiquez le nom du nouveau mandataire.");
		assertThat(invalid.select("#email-erreur").text()).contains("adresse de mel valable");
		assertThat(invalid.select("#email").val()).isEqualTo("marie");

		Document wrongType = html(this.mvc.perform(multipart("/coop/changement-mandataire")
			.file(new MockMultipartFile("fichier", "demande.png", "image/png",
					"pas une image".getBytes(StandardCharsets.UTF_8)))
			.param("name", "Marie CURIE")
			.param("email", "marie@ecole.test")
			.cookie(this.session)
			.with(csrf())).andReturn());
		assertThat(wrongType.text()).contains("ni une image JPEG ou PNG ni un PDF");

		MvcResult sent = this.mvc
			.perform(multipart("/coop/changement-mandataire")
				.file(new MockMultipartFile("fichier", "demande.pdf", "application/pdf", Scans.pdf("demande signée")))
				.param("name", "Marie CURIE")
				.param("email", "marie@ecole.test")
				.param("signatories", "Marie CURIE")
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/coop/changement-mandataire");
		assertThat(html(this.mvc.perform(get("/coop/changement-mandataire").cookie(this.session)).andReturn()).text())
			.contains("Marie CURIE — en attente de l’AD");

		Cookie staff = loginStaff(this.association);
		String base = "/ad/" + this.association.id() + "/adhesions";
		Document list = html(this.mvc.perform(get(base).cookie(staff)).andReturn());
		assertThat(list.select("table.rk-changes").text()).contains("Marie CURIE — marie@ecole.test");
		String fileUrl = list.select("table.rk-changes a:contains(voir)").attr("href");
		byte[] file = this.mvc.perform(get(fileUrl).cookie(staff)).andReturn().getResponse().getContentAsByteArray();
		assertThat(file).isEqualTo(Scans.pdf("demande signée"));

		var other = this.data.association("OCCE Ailleurs");
		Cookie otherStaff = loginStaff(other);
		String foreignUrl = fileUrl.replace("/ad/" + this.association.id() + "/", "/ad/" + other.id() + "/");
		assertThat(this.mvc.perform(get(foreignUrl).cookie(otherStaff)).andReturn().getResponse().getStatus())
			.as("another AD cannot read the request")
			.isEqualTo(404);

		String applyUrl = list.select("table.rk-changes form").attr("action");
		MvcResult applied = this.mvc.perform(post(applyUrl).cookie(staff).with(csrf())).andReturn();
		Document after = html(this.mvc.perform(get(base).cookie(staff).flashAttrs(applied.getFlashMap())).andReturn());
		assertThat(after.select("table.rk-changes")).isEmpty();
		String credentials = after.select(".alert-warning strong").text();
		assertThat(credentials).startsWith("Identifiant : " + this.coop.login() + " — mot de passe : ");
		String initial = credentials.substring(credentials.lastIndexOf(' ') + 1);

		// The directory knows the new mandataire; the previous one is signed out and
		// locked out.
		Document coopPage = html(
				this.mvc.perform(get("/ad/" + this.association.id() + "/cooperatives/" + this.coop.id()).cookie(staff))
					.andReturn());
		assertThat(coopPage.text()).contains("Marie CURIE marie@ecole.test");
		assertThat(this.mvc.perform(get("/coop/changement-mandataire").cookie(this.session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/connexion");
		Cookie newMandatary = login(this.coop.login(), initial);
		this.mvc
			.perform(post("/mot-de-passe").cookie(newMandatary)
				.param("newPassword", "marie-curie-2026")
				.param("confirmation", "marie-curie-2026")
				.with(csrf()))
			.andReturn();
		assertThat(html(this.mvc.perform(get("/coop/changement-mandataire").cookie(newMandatary)).andReturn()).text())
			.contains("Marie CURIE — appliquée");
		assertThat(this.mvc.perform(post(applyUrl).cookie(staff).with(csrf())).andReturn().getResponse().getStatus())
			.as("a request is applied once")
			.isEqualTo(404);
	}

}
