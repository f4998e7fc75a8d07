package coop.occe.retkoop.membership;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.Scans;
import coop.occe.retkoop.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@RecordApplicationEvents
class AdhesionWorkflowTests extends MembershipTestSupport {

	@Autowired
	ApplicationEvents events;

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

	static final byte[] PNG = Scans.png();

	@Test
	void theEngagementPdfIsPrefilledWithTheCooperativeTheCooperatorsAndTheTotal() throws Exception {
		openAdhesions(true);
		enterTheSeedClasses();
		pay("DECEMBER_DEBIT");
		MvcResult result = this.mvc.perform(get("/coop/adhesion/engagement.pdf").cookie(this.session)).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		String text = plain(pdfText(result.getResponse().getContentAsByteArray()));
		assertThat(text).contains("Engagement du mandataire")
			.contains("Coopérative Scolaire de l'École Publique Jules Ferry")
			.contains("57 élèves et 4 adultes, soit 61 coopérateurs")
			.contains("140,30 €")
			.contains("prélèvement en décembre")
			.contains("Date et signature");
	}

	@Test
	void refusesEmptyFilesFilesRenamedPngAndFilesOver10MbInFrench() throws Exception {
		openAdhesions(true);
		assertThat(upload(new byte[0], "scan.png").text()).contains("Le fichier est vide");
		assertThat(upload("ceci n'est pas une image".getBytes(StandardCharsets.UTF_8), "faux.png").text())
			.contains("ni une image JPEG ou PNG ni un PDF");
		byte[] big = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
		assertThat(upload(big, "gros.png").text()).contains("dépasse 10 Mo");
		assertThat(upload("%PDF-".getBytes(StandardCharsets.US_ASCII), "engagement.pdf").text())
			.contains("Ce fichier ne s’ouvre pas");
		assertThat(upload(Scans.pngBomb(), "bombe.png").text()).contains("plus de 40 millions de pixels");
		assertThat(page().select("#engagement-recu")).isEmpty();
	}

	@Test
	void theWholeAdhesionGoesFromDraftToSentToValidatedWithMailsAndAVerifiableAttestation() throws Exception {
		openAdhesions(true);
		Document draft = page();
		assertThat(draft.text()).contains("Il manque les classes")
			.contains("Il manque le choix du paiement")
			.contains("Il manque l’engagement signé");
		assertThat(draft.select(".rk-send button").hasAttr("disabled")).isTrue();

		enterTheSeedClasses();
		pay("DECEMBER_DEBIT");
		MvcResult uploaded = this.mvc
			.perform(multipart("/coop/adhesion/engagement")
				.file(new MockMultipartFile("fichier", "engagement.pdf", "application/pdf", Scans.pdf("signé")))
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		assertThat(uploaded.getResponse().getRedirectedUrl()).startsWith("/coop/adhesion");
		Document ready = page();
		assertThat(ready.select("#engagement-recu").text()).startsWith("Engagement reçu le ");
		assertThat(ready.select(".rk-missing")).isEmpty();
		byte[] scan = this.mvc.perform(get("/coop/adhesion/engagement").cookie(this.session))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(scan).isEqualTo(Scans.pdf("signé"));

		this.mvc.perform(post("/coop/adhesion/envoyer").cookie(this.session).with(csrf())).andReturn();
		Document sent = page();
		assertThat(sent.text()).contains("Envoyée").contains("attend la validation");
		assertThat(sent.select("#nouvelle-classe")).isEmpty();
		assertThat(addClass("CP", "X", "", "1", "10").getResponse().getContentAsString())
			.contains("L’adhésion n’est plus modifiable");
		assertThat(sent.select("input[name=fichier]")).as("engagement replaceable until validation").hasSize(1);
		this.mvc
			.perform(multipart("/coop/adhesion/engagement")
				.file(new MockMultipartFile("fichier", "plus-net.png", "image/png", PNG))
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		assertThat(this.mvc.perform(get("/coop/adhesion/engagement").cookie(this.session))
			.andReturn()
			.getResponse()
			.getContentType()).isEqualTo("image/png");
		MimeMessage toAd = awaitMail("coopérative " + this.coop.login().substring(4));
		assertThat(toAd.getAllRecipients()[0].toString()).isEqualTo("ad" + this.association.number() + "@occe.test");
		assertThat(toAd.getContent().toString()).contains("61 coopérateurs");

		Cookie staff = loginStaff(this.association);
		String base = "/ad/" + this.association.id() + "/adhesions";
		Document list = html(this.mvc.perform(get(base).cookie(staff)).andReturn());
		assertThat(plain(list.select("table.rk-ad-adhesions tbody").text())).contains("Envoyée 57 4 140,30 €")
			.contains("prélèvement en décembre oui");
		Document filtered = html(this.mvc.perform(get(base).param("etat", "VALIDATED").cookie(staff)).andReturn());
		assertThat(filtered.text()).contains("Aucune adhésion commencée.");

		this.mvc.perform(post(base + "/" + this.coop.id() + "/valider").cookie(staff).with(csrf())).andReturn();
		Document validatedAd = html(this.mvc.perform(get(base + "/" + this.coop.id()).cookie(staff)).andReturn());
		assertThat(validatedAd.select("#etat").text()).isEqualTo("Validée");
		String adAttestation = validatedAd.select("a[href$=attestation.pdf]").attr("href");
		assertThat(plain(pdfText(
				this.mvc.perform(get(adAttestation).cookie(staff)).andReturn().getResponse().getContentAsByteArray())))
			.contains("Attestation d’adhésion et d’assurance");
		assertThat(this.events.stream(MembershipValidated.class)).singleElement().satisfies((event) -> {
			assertThat(event.cooperativeId()).isEqualTo(this.coop.id());
			assertThat(event.pupils()).isEqualTo(57);
			assertThat(event.adults()).isEqualTo(4);
			assertThat(event.amount()).isEqualTo(Money.of("140.30"));
			assertThat(event.federalShare()).isEqualTo(Money.of("24.40"));
		});
		MimeMessage toMandatary = awaitMail("validée");
		assertThat(toMandatary.getAllRecipients()[0].toString()).contains("@example.org");

		Document validated = page();
		assertThat(validated.select(".rk-payment button").first().hasAttr("disabled")).isTrue();
		assertThat(validated.select("input[name=fichier]")).isEmpty();
		assertThat(upload(PNG, "encore.png").text()).as("validated: the engagement is final")
			.contains("L’adhésion n’est plus modifiable");
		MvcResult attestation = this.mvc.perform(get("/coop/adhesion/attestation.pdf").cookie(this.session))
			.andReturn();
		String text = plain(pdfText(attestation.getResponse().getContentAsByteArray()));
		assertThat(text).contains("Attestation d’adhésion et d’assurance").contains("61 coopérateurs");
		String reference = this.jdbc
			.sql("SELECT attestation_reference FROM membership_adhesion WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(String.class)
			.single();
		assertThat(text).contains(reference);

		Document verified = html(this.mvc.perform(get("/verification").param("reference", reference)).andReturn());
		assertThat(verified.select("#verification-resultat").text()).contains("est authentique")
			.contains("Jules Ferry")
			.contains("61 coopérateurs assurés");
		Document forged = html(this.mvc.perform(get("/verification").param("reference", reference + "X")).andReturn());
		assertThat(forged.select("#verification-resultat").text()).contains("Aucune attestation validée");

		String one = base + "/" + this.coop.id();
		Document review = html(this.mvc.perform(get(one).cookie(staff)).andReturn());
		assertThat(review.select("form[action$=/rouvrir]")).as("reopening is never one click").isEmpty();
		Document confirm = html(
				this.mvc.perform(get(review.select("a#rouvrir").attr("href")).cookie(staff)).andReturn());
		assertThat(confirm.select("#consequences").text()).contains(reference).contains("ne sera plus valable");
		Document noReason = html(
				this.mvc.perform(post(one + "/rouvrir").param("motif", "  ").cookie(staff).with(csrf())).andReturn());
		assertThat(noReason.select("#motif-erreur").text()).contains("Indiquez pourquoi vous rouvrez");
		assertThat(page().select("#nouvelle-classe")).as("nothing reopened without a reason").isEmpty();

		this.mvc
			.perform(post(one + "/rouvrir").param("motif", "Il manque la classe de CM2.").cookie(staff).with(csrf()))
			.andReturn();
		Document reopened = page();
		assertThat(reopened.select("#nouvelle-classe")).hasSize(1);
		assertThat(reopened.text()).contains("Renvoyée par l’AD : Il manque la classe de CM2.");
		assertThat(html(this.mvc.perform(get("/sommaire").cookie(this.session)).andReturn()).select("#adhesion").text())
			.as("the sommaire says the adhésion was handed back, and why")
			.contains("motif : Il manque la classe de CM2.");
		assertThat(awaitMail("rouverte").getContent().toString()).contains("Il manque la classe de CM2.")
			.contains(reference);
		assertThat(html(this.mvc.perform(get("/verification").param("reference", reference)).andReturn())
			.select("#verification-resultat")
			.text()).contains("a été retirée le 28/11/2026").contains("n’est plus valable");

		this.mvc.perform(post("/coop/adhesion/envoyer").cookie(this.session).with(csrf())).andReturn();
		this.mvc.perform(post(one + "/valider").cookie(staff).with(csrf())).andReturn();
		String renewed = this.jdbc.sql("SELECT attestation_reference FROM membership_adhesion WHERE cooperative_id = ?")
			.param(this.coop.id())
			.query(String.class)
			.single();
		assertThat(renewed).isNotEqualTo(reference);
		assertThat(html(this.mvc.perform(get("/verification").param("reference", reference)).andReturn())
			.select("#verification-resultat")
			.text()).contains("remplacée le 28/11/2026 par l’attestation " + renewed);
		assertThat(html(this.mvc.perform(get("/verification").param("reference", renewed)).andReturn())
			.select("#verification-resultat")
			.text()).contains("est authentique");
	}

	@Test
	void theAdSendsBackWithAReasonAndTheMandataryIsToldWhy() throws Exception {
		openAdhesions(true);
		enterTheSeedClasses();
		pay("IMMEDIATE_DEBIT");
		upload(PNG, "scan.png");
		this.mvc.perform(post("/coop/adhesion/envoyer").cookie(this.session).with(csrf())).andReturn();
		Cookie staff = loginStaff(this.association);
		String base = "/ad/" + this.association.id() + "/adhesions/" + this.coop.id();
		MvcResult noReason = this.mvc.perform(post(base + "/renvoyer").cookie(staff).with(csrf())).andReturn();
		assertThat(
				html(this.mvc.perform(get(base).cookie(staff).flashAttrs(noReason.getFlashMap())).andReturn()).text())
			.contains("Indiquez le motif du renvoi.");
		this.mvc.perform(
				post(base + "/renvoyer").param("motif", "La signature du directeur manque.").cookie(staff).with(csrf()))
			.andReturn();
		assertThat(page().text()).contains("Renvoyée par l’AD : La signature du directeur manque.");
		assertThat(awaitMail("renvoyée").getContent().toString()).contains("La signature du directeur manque.");
		assertThat(addClass("CP", "X", "", "1", "10").getResponse().getRedirectedUrl())
			.as("a returned adhésion is editable again")
			.isEqualTo("/coop/adhesion?ordre=nom");
	}

	@Test
	void outsideTheAdhesionDatesThePageIsReadOnly() throws Exception {
		openAdhesions(false);
		Document page = page();
		assertThat(page.text()).contains("en lecture seule");
		assertThat(page.select("#nouvelle-classe")).isEmpty();
		assertThat(page.select("input[name=fichier]")).isEmpty();
		assertThat(addClass("CP", "X", "", "1", "10").getResponse().getContentAsString())
			.contains("La période d’adhésion est fermée");
		assertThat(page().select("tfoot tr.rk-totals").text()).isEqualTo("Total : 0 0 0");
	}

	@Test
	void theAdListAlsoNamesTheActiveCooperativesThatHaveNotStarted() throws Exception {
		openAdhesions(true);
		enterTheSeedClasses();
		this.data.cooperative(this.association, "Coopérative Retardataire");
		var closed = this.data.cooperative(this.association, "Coopérative Fermée");
		this.jdbc.sql("UPDATE directory_cooperative SET status = 'CLOSED' WHERE id = ?").param(closed.id()).update();
		Cookie staff = loginStaff(this.association);
		var page = html(this.mvc.perform(get("/ad/" + this.association.id() + "/adhesions").cookie(staff)).andReturn());
		assertThat(page.select("#sans-adhesion").text()).endsWith(": 1");
		assertThat(page.select(".rk-not-started").text()).contains("Coopérative Retardataire")
			.doesNotContain("Fermée")
			.doesNotContain("Jules Ferry");
	}

	@Test
	void theAdExportsTheYearAsCsvAndXlsx() throws Exception {
		openAdhesions(true);
		enterTheSeedClasses();
		Cookie staff = loginStaff(this.association);
		String base = "/ad/" + this.association.id() + "/adhesions";
		String csv = this.mvc.perform(get(base + "/export.csv").cookie(staff))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("N°;Coopérative;Commune;État").contains(";Brouillon;57;4;140,30;non choisi;non");
		byte[] xlsx = this.mvc.perform(get(base + "/export.xlsx").cookie(staff))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(1).getStringCellValue()).contains("Jules Ferry");
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(57);
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(140.30);
		}
	}

	@Test
	void aCooperativeNameThatLooksLikeAFormulaIsExportedAsText() throws Exception {
		openAdhesions(true);
		enterTheSeedClasses();
		this.jdbc.sql("UPDATE directory_cooperative SET name = ? WHERE id = ?")
			.params("=HYPERLINK(\"https://evil.test\";\"Cliquez\")", this.coop.id())
			.update();
		Cookie staff = loginStaff(this.association);
		String csv = this.mvc.perform(get("/ad/" + this.association.id() + "/adhesions/export.csv").cookie(staff))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(";\"'=HYPERLINK(\"\"https://evil.test\"\";\"\"Cliquez\"\")\";")
			.doesNotContain(";\"=HYPERLINK");
	}

	@Test
	void theAdSetsTariffsWithValidationAndAnotherAdsCooperativeIsNotFound() throws Exception {
		openAdhesions(true);
		Cookie staff = loginStaff(this.association);
		String settings = "/ad/" + this.association.id() + "/adhesions/parametres";
		Document form = html(this.mvc.perform(get(settings).cookie(staff)).andReturn());
		assertThat(form.select("#adhesionPerPupil").val()).isEqualTo("2,05");
		assertThat(form.select("#propertyRate").val()).isEqualTo("0,00688");
		Document refused = html(this.mvc
			.perform(post(settings).cookie(staff)
				.param("opensOn", "2026-09-30")
				.param("closesOn", "2026-09-01")
				.param("adhesionPerPupil", "-1")
				.param("adhesionPerAdult", "8")
				.param("insurancePerPupil", "0,25")
				.param("insurancePerAdult", "0,25")
				.param("propertyThreshold", "2 000")
				.param("propertyRate", "beaucoup")
				.param("instrumentThreshold", "15 000")
				.param("instrumentRate", "0,01")
				.param("reviewPrice", "0")
				.param("federalShare", "0")
				.with(csrf()))
			.andReturn());
		assertThat(refused.select("#closesOn-erreur").text()).isEqualTo("La clôture doit suivre l’ouverture.");
		assertThat(refused.select("#adhesionPerPupil-erreur").text()).contains("négatif");
		assertThat(refused.select("#propertyRate-erreur").text()).contains("taux entre 0 et 1");
		assertThat(this.adhesions.tariffs(this.association.id(), this.adhesions.currentYear())
			.orElseThrow()
			.adhesionPerAdult()
			.format()).as("nothing saved").isEqualTo("2,05\u00A0€");

		int next = this.adhesions.currentYear().startYear() + 1;
		Document nextYear = html(
				this.mvc.perform(get(settings).param("annee", Integer.toString(next)).cookie(staff)).andReturn());
		assertThat(nextYear.select("h1").text()).contains(next + " - " + (next + 1));
		assertThat(nextYear.select("#opensOn").val()).as("defaults: 1 September").isEqualTo(next + "-09-01");
		MvcResult saved = this.mvc
			.perform(post(settings).param("annee", Integer.toString(next))
				.cookie(staff)
				.param("opensOn", next + "-09-01")
				.param("closesOn", next + "-09-30")
				.param("adhesionPerPupil", "2,25")
				.param("adhesionPerAdult", "8")
				.param("insurancePerPupil", "0,25")
				.param("insurancePerAdult", "0,25")
				.param("propertyThreshold", "2 000")
				.param("propertyRate", "0,00688")
				.param("instrumentThreshold", "15 000")
				.param("instrumentRate", "0,01")
				.param("reviewPrice", "0")
				.param("federalShare", "0,40")
				.param("allowsClickToSign", "true")
				.with(csrf()))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/ad/" + this.association.id() + "/adhesions");
		assertThat(this.adhesions.tariffs(this.association.id(), new SchoolYear(next)).orElseThrow().adhesionPerAdult())
			.isEqualTo(Money.euros(8));
		assertThat(this.mvc.perform(get(settings).param("annee", Integer.toString(next + 1)).cookie(staff))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);

		var other = this.data.association("OCCE Autre");
		var foreign = this.data.readyCooperative(other, "Coopérative étrangère");
		assertThat(this.mvc.perform(get("/ad/" + this.association.id() + "/adhesions/" + foreign.id()).cookie(staff))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/ad/" + other.id() + "/adhesions").cookie(staff))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void anAdhesionSentBackAfterTheDatesCanStillBeCorrectedAndSentAgain() throws Exception {
		openAdhesions(true);
		enterTheSeedClasses();
		pay("DECEMBER_DEBIT");
		upload(PNG, "scan.png");
		this.mvc.perform(post("/coop/adhesion/envoyer").cookie(this.session).with(csrf())).andReturn();
		this.jdbc.sql("UPDATE membership_settings SET closes_on = ? WHERE association_id = ?")
			.params(this.adhesions.today().minusDays(1), this.association.id())
			.update();
		Cookie staff = loginStaff(this.association);
		this.mvc
			.perform(post("/ad/" + this.association.id() + "/adhesions/" + this.coop.id() + "/renvoyer")
				.param("motif", "Il manque une classe.")
				.cookie(staff)
				.with(csrf()))
			.andReturn();
		assertThat(addClass("CP", "ANNE", "", "1", "12").getResponse().getRedirectedUrl())
			.isEqualTo("/coop/adhesion?ordre=nom");
		this.mvc.perform(post("/coop/adhesion/envoyer").cookie(this.session).with(csrf())).andReturn();
		Document page = page();
		assertThat(page.text()).contains("Envoyée");
		assertThat(page.select("tfoot tr.rk-totals").text()).isEqualTo("Total : 5 69 74");
		assertThat(addClass("CE1 bis", "X", "", "1", "10").getResponse().getContentAsString())
			.as("sent again: locked until the AD acts")
			.contains("L’adhésion n’est plus modifiable");
	}

	@Test
	void whereTheAdAllowsItTheMandatarySignsTheEngagementWithAClickAndTheAuditTrailKeepsTheProof() throws Exception {
		openAdhesions(true);
		assertThat(page().select(".rk-sign-online")).as("not offered by default").isEmpty();
		assertThat(html(this.mvc.perform(
				post("/coop/adhesion/engagement/signer").param("certifie", "true").cookie(this.session).with(csrf()))
			.andReturn()).text()).contains("Votre AD demande l’engagement signé à la main");

		this.jdbc.sql("UPDATE membership_settings SET allows_click_to_sign = TRUE WHERE association_id = ?")
			.param(this.association.id())
			.update();
		assertThat(html(this.mvc.perform(
				post("/coop/adhesion/engagement/signer").param("certifie", "true").cookie(this.session).with(csrf()))
			.andReturn()).text()).contains("Saisissez d’abord les classes et choisissez le paiement");
		enterTheSeedClasses();
		pay("DECEMBER_DEBIT");
		assertThat(html(this.mvc.perform(post("/coop/adhesion/engagement/signer").cookie(this.session).with(csrf()))
			.andReturn()).text()).contains("Cochez la case pour certifier");
		assertThat(page().select("#engagement-recu")).isEmpty();

		this.mvc.perform(
				post("/coop/adhesion/engagement/signer").param("certifie", "true").cookie(this.session).with(csrf()))
			.andReturn();
		Document page = page();
		assertThat(page.select("#engagement-recu").text()).startsWith("Engagement reçu le ");
		assertThat(page.select(".rk-missing")).isEmpty();
		byte[] signed = this.mvc.perform(get("/coop/adhesion/engagement").cookie(this.session))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(plain(pdfText(signed))).contains("Signé en ligne par " + this.coop.login()).contains("140,30 €");
		String audit = this.jdbc.sql(
				"SELECT details FROM platform_audit_event WHERE cooperative_id = ? AND action = 'ADHESION_ENGAGEMENT_SIGNE_EN_LIGNE'")
			.param(this.coop.id())
			.query(String.class)
			.single();
		assertThat(audit).contains("Signé en ligne par " + this.coop.login()).contains("140,30");
	}

	private Document upload(byte[] content, String name) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/coop/adhesion/engagement")
				.file(new MockMultipartFile("fichier", name, "image/png", content))
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		return (result.getResponse().getRedirectedUrl() != null) ? page() : html(result);
	}

	private void pay(String choice) throws Exception {
		this.mvc.perform(post("/coop/adhesion/paiement").param("choix", choice).cookie(this.session).with(csrf()))
			.andReturn();
	}

	/** Mails leave after commit, in the background: waits for the one wanted. */
	private static MimeMessage awaitMail(String subjectPart) throws Exception {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			MimeMessage[] received = greenMail.getReceivedMessages();
			for (MimeMessage message : received) {
				if (message.getSubject().contains(subjectPart)) {
					return message;
				}
			}
			long left = deadline - System.currentTimeMillis();
			if (left <= 0 || !greenMail.waitForIncomingEmail(left, received.length + 1)) {
				throw new AssertionError("No mail whose subject contains " + subjectPart);
			}
		}
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
