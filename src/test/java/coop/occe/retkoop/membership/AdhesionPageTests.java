package coop.occe.retkoop.membership;

import java.util.List;

import coop.occe.retkoop.support.TestData.TestCooperative;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class AdhesionPageTests extends MembershipTestSupport {

	@BeforeEach
	void setUp() throws Exception {
		openAdhesions(true);
	}

	@Test
	void theSeedExampleGivesTotals4_57_61AndTheFeesOn61Cooperators() throws Exception {
		Document empty = page();
		assertThat(empty.select("h1").text())
			.isEqualTo("Adhésion de la Coopérative Scolaire de l'École Publique Jules Ferry, à " + "COMMUNE "
					+ this.coop.login().substring(this.coop.login().indexOf('-') + 1) + ". ("
					+ this.coop.login().substring(this.coop.login().indexOf('-') + 1) + ")");
		assertThat(empty.text()).contains("Mandataire : Mandataire ")
			.contains("pour l’année " + this.adhesions.currentYear().label())
			.contains("Il n’y a aucun adhérent pour l’année " + this.adhesions.currentYear().previous().label() + ".");

		enterTheSeedClasses();

		Document page = page();
		assertThat(page.select("tfoot tr.rk-totals").text()).isEqualTo("Total : 4 57 61");
		List<String> names = page.select("tbody td.rk-class-name").eachText();
		assertThat(names).containsExactly("CE1", "CE2", "CM1-CM2");
		assertThat(page.select("#classe-" + classId(page, "CE1")).text())
			.contains("NORBERT DUROC - BENOIT LOUP mel : ndr@wanadoo.fr 2 15 17");
		assertThat(page.select("#classe-" + classId(page, "CM1-CM2") + " a.rk-class-book").attr("href"))
			.isEqualTo("/coop/comptabilite/classes?classe=CM1-CM2");
		assertThat(plain(page.select("table.rk-fees").text())).contains("des coopérateurs (61 × 2,05 €) : 125,05 €")
			.contains("des coopérateurs (61 × 0,25 €) : 15,25 €")
			.contains("⇒ 0,00 € est inférieur à 2 000,00 €.")
			.contains("⇒ 0,00 € est inférieur à 15 000,00 €.")
			.contains("Total : 140,30 €");
		assertThat(page.select("button:contains(Mettre à jour ces informations)")).hasSize(1);
		assertThat(page.select("tr.rk-new-class td").first().text()).isEqualTo("4");
		assertThat(page.select("#classe-" + classId(page, "CE2") + " a.rk-class-actions").attr("href"))
			.isEqualTo("/coop/comptabilite/projets?classe=CE2");

		Document byEntry = html(
				this.mvc.perform(get("/coop/adhesion").param("ordre", "saisie").cookie(this.session)).andReturn());
		assertThat(byEntry.select("tbody td.rk-class-name").eachText()).containsExactly("CM1-CM2", "CE2", "CE1");
		assertThat(byEntry.text()).contains("dans l’ordre de saisie");

		Document help = html(
				this.mvc.perform(get(page.select("a:contains(Aide)").attr("href")).cookie(this.session)).andReturn());
		assertThat(help.text()).contains("Valider et calculer").contains("Envoyer l’image");
	}

	@Test
	void theDeclaredPropertyValueStartsFromTheInventoryOfDurableGoods() throws Exception {
		this.mvc
			.perform(post("/coop/comptabilite/ouverture").param("openingBank", "0")
				.param("openingCash", "0")
				.param("voucherStyle", "SINGLE")
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		this.mvc
			.perform(post("/coop/comptabilite/inventaire").param("description", "Vidéoprojecteur")
				.param("acquiredOn", "01/09/2026")
				.param("value", "2 500")
				.cookie(this.session)
				.with(csrf()))
			.andReturn();
		addClass("CE2", "JEANNE LECLAIR", "jeanne@gmail.com", "1", "18");
		Document page = page();
		assertThat(page.select("#propertyValue").val()).isEqualTo("2\u202F500,00");
		assertThat(plain(page.select("table.rk-fees").text())).contains("3,44 €");
	}

	@Test
	void withHtmxValiderEtCalculerAnswersTheBodyFragmentWithTheNewRowAndANewEmptyRow() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/coop/adhesion/classes").cookie(this.session)
				.header("HX-Request", "true")
				.param("name", "CP")
				.param("teachers", "ANNE")
				.param("email", "")
				.param("teacherCount", "1")
				.param("pupilCount", "20")
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String body = result.getResponse().getContentAsString();
		assertThat(body).doesNotContain("<html").contains("id=\"adhesion-body\"");
		Document fragment = html(result);
		assertThat(fragment.select("tfoot tr.rk-totals").text()).isEqualTo("Total : 1 20 21");
		assertThat(fragment.select("tr.rk-new-class #name").val()).isEmpty();
		assertThat(plain(fragment.select("#frais-total").text())).isEqualTo("48,30 €");
		assertThat(fragment.select(".rk-send button").hasAttr("disabled"))
			.as("the send button is in the fragment, so it follows what is missing")
			.isTrue();
		assertThat(fragment.text()).doesNotContain("Il manque les classes").contains("Il manque le choix du paiement");
	}

	@Test
	void refusesAnInvalidRowWithFrenchMessagesNextToTheFieldsKeepsTheTypedValuesAndSavesNothing() throws Exception {
		Document page = html(addClass("  ", "X", "pas-une-adresse", "0", "douze"));
		assertThat(page.select("#name-erreur").text()).isEqualTo("Indiquez le nom ou le niveau de la classe.");
		assertThat(page.select("#email-erreur").text()).contains("Cette adresse de mel n’est pas valable");
		assertThat(page.select("#teacherCount-erreur").text()).isEqualTo("Chaque classe a au moins un enseignant.");
		assertThat(page.select("#pupilCount-erreur").text()).contains("nombre entier");
		assertThat(page.select("tr.rk-new-class #email").val()).isEqualTo("pas-une-adresse");
		assertThat(page.select("tr.rk-new-class #pupilCount").val()).isEqualTo("douze");
		assertThat(page.select("tr.rk-new-class #name").hasClass("is-invalid")).isTrue();
		assertThat(page().select("tfoot tr.rk-totals").text()).isEqualTo("Total : 0 0 0");

		Document negative = html(addClass("CE2", "X", "", "1", "-3"));
		assertThat(negative.select("#pupilCount-erreur").text()).contains("nombre entier");
	}

	@Test
	void moreThan40PupilsAsksForConfirmationInsteadOfRefusing() throws Exception {
		Document asked = html(addClass("CM2", "X", "", "1", "45"));
		assertThat(asked.select("#pupilCount-erreur").text()).contains("45 élèves dans une seule classe");
		assertThat(asked.select("#confirmLarge")).hasSize(1);
		assertThat(page().select("tfoot tr.rk-totals").text()).isEqualTo("Total : 0 0 0");

		this.mvc
			.perform(post("/coop/adhesion/classes").cookie(this.session)
				.param("name", "CM2")
				.param("teachers", "X")
				.param("email", "")
				.param("teacherCount", "1")
				.param("pupilCount", "45")
				.param("confirmLarge", "true")
				.with(csrf()))
			.andReturn();
		assertThat(page().select("tfoot tr.rk-totals").text()).isEqualTo("Total : 1 45 46");
	}

	@Test
	void thePencilEditsARowAndTheCrossDeletesItAfterConfirmation() throws Exception {
		enterTheSeedClasses();
		long ce2 = classId(page(), "CE2");
		Document editing = html(
				this.mvc.perform(get("/coop/adhesion").param("modifier", Long.toString(ce2)).cookie(this.session))
					.andReturn());
		assertThat(editing.select("tr.rk-editing #edit-name").val()).isEqualTo("CE2");
		Document editingWithHtmx = html(this.mvc
			.perform(get("/coop/adhesion").param("modifier", Long.toString(ce2))
				.header("HX-Request", "true")
				.cookie(this.session))
			.andReturn());
		assertThat(editingWithHtmx.select("tr.rk-editing #edit-teachers").val()).isEqualTo("JEANNE LECLAIR");
		assertThat(editingWithHtmx.select("h1")).as("fragment only").isEmpty();
		assertThat(page().select("a[aria-label='Modifier la classe CE2']").attr("hx-get"))
			.isEqualTo("/coop/adhesion?modifier=" + ce2 + "&ordre=nom");
		this.mvc
			.perform(post("/coop/adhesion/classes/" + ce2).cookie(this.session)
				.param("name", "CE2 bis")
				.param("teachers", "JEANNE LECLAIR")
				.param("email", "jeanne@gmail.com")
				.param("teacherCount", "1")
				.param("pupilCount", "20")
				.with(csrf()))
			.andReturn();
		assertThat(page().select("tfoot tr.rk-totals").text()).isEqualTo("Total : 4 59 63");

		Document confirm = html(
				this.mvc.perform(get("/coop/adhesion/classes/" + ce2 + "/supprimer").cookie(this.session)).andReturn());
		assertThat(confirm.text()).contains("Supprimer la classe « CE2 bis »");
		this.mvc.perform(post("/coop/adhesion/classes/" + ce2 + "/supprimer").cookie(this.session).with(csrf()))
			.andReturn();
		assertThat(page().select("tfoot tr.rk-totals").text()).isEqualTo("Total : 3 39 42");
	}

	@Test
	void anotherCooperativesClassIsNotFound() throws Exception {
		enterTheSeedClasses();
		long ce2 = classId(page(), "CE2");
		TestCooperative other = this.data.readyCooperative(this.association, "Coopérative voisine");
		Cookie otherSession = loginCooperative(other);
		assertThat(this.mvc.perform(get("/coop/adhesion").param("modifier", Long.toString(ce2)).cookie(otherSession))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(
				this.mvc.perform(post("/coop/adhesion/classes/" + ce2 + "/supprimer").cookie(otherSession).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(404);
		assertThat(page().select("tfoot tr.rk-totals").text()).isEqualTo("Total : 4 57 61");
	}

	@Test
	void declaredValuesAcceptFrenchAmountsAndRefuseNegativesAndText() throws Exception {
		enterTheSeedClasses();
		this.mvc
			.perform(post("/coop/adhesion/informations").cookie(this.session)
				.param("propertyValue", "12 000,00")
				.param("instrumentValue", "15 000")
				.with(csrf()))
			.andReturn();
		Document page = page();
		assertThat(plain(page.select("#frais-biens").text())).isEqualTo("68,80 €");
		assertThat(plain(page.select("#frais-instruments").text())).isEqualTo("0,00 €");
		assertThat(plain(page.select("#frais-total").text())).isEqualTo("209,10 €");
		assertThat(plain(page.select("#propertyValue").val())).isEqualTo("12 000,00");

		Document refused = html(this.mvc
			.perform(post("/coop/adhesion/informations").cookie(this.session)
				.param("propertyValue", "-5")
				.param("instrumentValue", "beaucoup")
				.with(csrf()))
			.andReturn());
		assertThat(refused.select("#propertyValue-erreur").text()).isEqualTo("Le montant ne peut pas être négatif.");
		assertThat(refused.select("#instrumentValue-erreur").text()).contains("Saisissez un montant en euros");
		assertThat(refused.select("#instrumentValue").val()).isEqualTo("beaucoup");
		assertThat(plain(page().select("#frais-biens").text())).as("nothing half-saved").isEqualTo("68,80 €");
	}

	@Test
	void clickingNonMakesItOuiAndTheTwoDebitsExcludeEachOther() throws Exception {
		assertThat(paymentButtons(page())).containsExactly("non", "non");
		pay("DECEMBER_DEBIT");
		assertThat(paymentButtons(page())).containsExactly("non", "oui");
		pay("IMMEDIATE_DEBIT");
		assertThat(paymentButtons(page())).containsExactly("oui", "non");
		pay("IMMEDIATE_DEBIT");
		assertThat(paymentButtons(page())).containsExactly("non", "non");
		Document refused = html(this.mvc
			.perform(post("/coop/adhesion/paiement").param("choix", "CHEQUE").cookie(this.session).with(csrf()))
			.andReturn());
		assertThat(refused.text()).contains("Ce moyen de paiement n’est pas proposé par votre AD.");
	}

	@Test
	void offersLastYearsClassesWhenThisYearIsEmpty() throws Exception {
		enterTheSeedClasses();
		this.jdbc.sql("UPDATE membership_adhesion SET school_year = school_year - 1 WHERE cooperative_id = ?")
			.param(this.coop.id())
			.update();
		Document page = page();
		assertThat(page.text()).contains("avait déclaré 3 classe(s)");
		this.mvc.perform(post("/coop/adhesion/copier").cookie(this.session).with(csrf())).andReturn();
		assertThat(page().select("tfoot tr.rk-totals").text()).isEqualTo("Total : 4 57 61");
	}

	@Test
	void theAuditTrailRecordsEachChangeWithBeforeAndAfter() throws Exception {
		enterTheSeedClasses();
		long ce2 = classId(page(), "CE2");
		this.mvc
			.perform(post("/coop/adhesion/classes/" + ce2).cookie(this.session)
				.param("name", "CE2")
				.param("teachers", "JEANNE LECLAIR")
				.param("email", "jeanne@gmail.com")
				.param("teacherCount", "1")
				.param("pupilCount", "19")
				.with(csrf()))
			.andReturn();
		String details = this.jdbc.sql(
				"SELECT details FROM platform_audit_event WHERE cooperative_id = ? AND action = 'ADHESION_CLASSE_MODIFIEE'")
			.param(this.coop.id())
			.query(String.class)
			.single();
		assertThat(details).isEqualTo("nombre d’élèves : 18 → 19");
	}

	@Test
	void beforeTheAdSetsItsTariffsThePageSaysSoAndOffersNothingToFill() throws Exception {
		var unset = this.data.association("OCCE sans tarifs");
		Cookie other = loginCooperative(this.data.readyCooperative(unset, "Coopérative en attente"));
		MvcResult result = this.mvc.perform(get("/coop/adhesion").cookie(other)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = html(result);
		assertThat(page.text()).contains("n’a pas encore fixé les tarifs de l’adhésion pour l’année");
		assertThat(page.select("#nouvelle-classe, input[name=fichier], .rk-send")).isEmpty();
		assertThat(this.mvc.perform(get("/coop/adhesion/engagement.pdf").cookie(other))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc
			.perform(post("/coop/adhesion/classes").cookie(other)
				.param("name", "CP")
				.param("teachers", "X")
				.param("email", "")
				.param("teacherCount", "1")
				.param("pupilCount", "10")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("La période d’adhésion est fermée");
	}

	private void pay(String choice) throws Exception {
		this.mvc.perform(post("/coop/adhesion/paiement").param("choix", choice).cookie(this.session).with(csrf()))
			.andReturn();
	}

	private static List<String> paymentButtons(Document page) {
		return page.select(".rk-payment button").eachText();
	}

	static long classId(Document page, String name) {
		for (Element cell : page.select("tbody td.rk-class-name")) {
			if (cell.text().equals(name)) {
				return Long.parseLong(cell.parent().id().substring("classe-".length()));
			}
		}
		throw new AssertionError("No class " + name);
	}

}
