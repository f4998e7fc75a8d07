package coop.occe.retkoop.reporting.cra;

import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.reporting.CheckOutcome;
import coop.occe.retkoop.reporting.YearEndChecks;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The compte rendu d'activité: the AD's questionnaire per school year and the
 * mandataire's answers (fixed clock: 28 November 2026, books of 2026-2027).
 */
class ActivityReportPageTests extends WebTestSupport {

	static final String PAGE = "/coop/fin-d-annee/2026-2027/cra";

	static final SchoolYear YEAR = new SchoolYear(2026);

	@Autowired
	ActivityReports reports;

	@Autowired
	Ledger ledger;

	@Autowired
	YearEndChecks checks;

	TestAssociation association;

	TestCooperative coop;

	Cookie mandataire;

	Cookie staff;

	FiscalYear year;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE Activité");
		this.coop = this.data.readyCooperative(this.association, "Coopérative des Activités");
		this.mandataire = loginCooperative(this.coop);
		this.staff = loginStaff(this.association);
		this.year = openBooks(this.coop, this.mandataire);
	}

	@Test
	void theDefaultQuestionnaireIsShownUntilTheAdSetsItsOwn() throws Exception {
		Document page = page(this.mandataire, get(PAGE));
		assertThat(page.select("#cra-form label.form-label, #cra-form legend").eachText()).containsExactly(
				"Nombre de conseils de coopérative tenus dans l’année (obligatoire)",
				"Projets menés avec la coopérative (obligatoire)", "Nombre d’élèves concernés par ces projets",
				"Services de l’OCCE utilisés", "La coopérative a-t-elle mené des actions de solidarité ?");
		Question services = question("Services de l’OCCE utilisés");
		assertThat(page.select("input[type=checkbox][name=" + services.field() + "]").eachAttr("value"))
			.containsExactly("Assurance", "Formations", "Rencontres coopératives", "Revue Animation & Éducation",
					"Aide comptable");
		assertThat(page.select("#cra-status").text()).startsWith("Brouillon");

		Document ad = page(this.staff, get(adPage()));
		assertThat(ad.select("#questions .rk-question-label").eachText()).hasSize(5)
			.first()
			.isEqualTo("Nombre de conseils de coopérative tenus dans l’année");
	}

	@Test
	void whatTheAdChangesReachesTheMandataire() throws Exception {
		Question pupils = question("Nombre d’élèves concernés par ces projets");
		Question projects = question("Projets menés avec la coopérative");
		assertThat(perform(this.staff,
				post(adPage() + "/questions").param("label", "Sortie de fin d’année ?")
					.param("kind", "ONE_CHOICE")
					.param("choices", "Musée\n\nThéâtre\n  Ferme  ")
					.param("required", "true"))
			.getResponse()
			.getRedirectedUrl()).isEqualTo(adPage());
		perform(this.staff, post(adPage() + "/questions/" + pupils.id() + "/supprimer"));
		perform(this.staff, post(adPage() + "/questions/" + projects.id() + "/monter"));
		perform(this.staff,
				post(adPage() + "/questions/" + projects.id()).param("label", "Projets de l’année")
					.param("kind", "TEXT")
					.param("required", "true"));

		Document ad = page(this.staff, get(adPage()));
		assertThat(ad.select("#questions .rk-question-label").eachText()).containsExactly("Projets de l’année",
				"Nombre de conseils de coopérative tenus dans l’année", "Services de l’OCCE utilisés",
				"La coopérative a-t-elle mené des actions de solidarité ?", "Sortie de fin d’année ?");
		Document page = page(this.mandataire, get(PAGE));
		assertThat(page.select("#cra-form label.form-label, #cra-form legend").eachText()).containsExactly(
				"Projets de l’année (obligatoire)",
				"Nombre de conseils de coopérative tenus dans l’année (obligatoire)", "Services de l’OCCE utilisés",
				"La coopérative a-t-elle mené des actions de solidarité ?", "Sortie de fin d’année ? (obligatoire)");
		Question outing = question("Sortie de fin d’année ?");
		assertThat(page.select("input[type=radio][name=" + outing.field() + "]").eachAttr("value"))
			.containsExactly("Musée", "Théâtre", "Ferme");
	}

	@Test
	void aNewYearStartsFromThePreviousYearsQuestionnaire() throws Exception {
		String previous = "/ad/" + this.association.id() + "/cra/2025-2026";
		perform(this.staff,
				post(previous + "/questions").param("label", "Classe découverte ?").param("kind", "YES_NO"));
		assertThat(page(this.staff, get(adPage())).select("#questions .rk-question-label").eachText()).hasSize(6)
			.last()
			.isEqualTo("Classe découverte ?");
		assertThat(perform(this.staff, get("/ad/" + this.association.id() + "/cra")).getResponse().getRedirectedUrl())
			.isEqualTo(adPage());
		assertThat(
				perform(this.staff, get("/ad/" + this.association.id() + "/cra/2030-2031")).getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aDraftKeepsIncompleteAnswers() throws Exception {
		Question projects = question("Projets menés avec la coopérative");
		Question services = question("Services de l’OCCE utilisés");
		MvcResult saved = perform(this.mandataire,
				post(PAGE).param("action", "brouillon")
					.param(projects.field(), "Jardin de l’école")
					.param(services.field(), "Formations", "Assurance"));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(PAGE);

		Document page = page(this.mandataire, get(PAGE));
		assertThat(page.select("#" + projects.field()).text()).isEqualTo("Jardin de l’école");
		assertThat(page.select("input[name=" + services.field() + "][checked]").eachAttr("value"))
			.containsExactly("Assurance", "Formations");
		assertThat(page.select("#cra-status").text()).startsWith("Brouillon");
		assertThat(outcome().remaining()).extracting("code").containsExactly("yearend.activityReport.notAnswered");
	}

	@Test
	void finishingRefusesMissingRequiredAnswersNextToTheirFieldsAndKeepsWhatWasTyped() throws Exception {
		Question councils = question("Nombre de conseils de coopérative tenus dans l’année");
		Question projects = question("Projets menés avec la coopérative");
		Question pupils = question("Nombre d’élèves concernés par ces projets");
		Question solidarity = question("La coopérative a-t-elle mené des actions de solidarité ?");
		Document page = page(this.mandataire,
				post(PAGE).param("action", "terminer")
					.param(councils.field(), "")
					.param(pupils.field(), "vingt")
					.param(solidarity.field(), "YES"));
		assertThat(page.select("#" + councils.field() + "-erreur").text())
			.isEqualTo("Répondez à cette question : elle est obligatoire.");
		assertThat(page.select("#" + projects.field() + "-erreur").text())
			.isEqualTo("Répondez à cette question : elle est obligatoire.");
		assertThat(page.select("#" + pupils.field() + "-erreur").text())
			.isEqualTo("Indiquez un nombre entier, sans virgule (0 si aucun).");
		assertThat(page.select("#" + pupils.field()).val()).isEqualTo("vingt");
		assertThat(page.select("#" + solidarity.field() + "-YES").hasAttr("checked")).isTrue();
		assertThat(page.select("#cra-refusal").text()).contains("Rien n’a été enregistré");
		assertThat(savedAnswers()).isZero();

		Document draft = page(this.mandataire, post(PAGE).param("action", "brouillon").param(pupils.field(), "2,5"));
		assertThat(draft.select("#" + pupils.field() + "-erreur").text()).startsWith("Indiquez un nombre entier");
		assertThat(savedAnswers()).isZero();
	}

	@Test
	void finishingMarksTheReportAnsweredAndGivesTheAnswersInWords() throws Exception {
		assertThat(finish().getResponse().getRedirectedUrl()).isEqualTo(PAGE);
		Document page = page(this.mandataire, get(PAGE));
		assertThat(page.select("#cra-status").text()).startsWith("Terminé le 28/11/2026");
		assertThat(page.select("#notice").text()).isEqualTo("Compte rendu d’activité terminé.");
		assertThat(outcome().passed()).isTrue();
		assertThat(outcome().fixPath()).isEqualTo("/coop/fin-d-annee/2026-2027/cra");
		assertThat(this.reports.answers(this.year)).containsExactly(
				new ActivityAnswer("Nombre de conseils de coopérative tenus dans l’année", "3"),
				new ActivityAnswer("Projets menés avec la coopérative", "Jardin"),
				new ActivityAnswer("Nombre d’élèves concernés par ces projets", "1200"),
				new ActivityAnswer("Services de l’OCCE utilisés", "Assurance, Aide comptable"),
				new ActivityAnswer("La coopérative a-t-elle mené des actions de solidarité ?", "Non"));

		// A required question added afterwards is what remains to do.
		perform(this.staff,
				post(adPage() + "/questions").param("label", "Bilan du projet")
					.param("kind", "TEXT")
					.param("required", "true"));
		assertThat(outcome().remaining()).extracting("code").containsExactly("yearend.activityReport.missing");
	}

	@Test
	void aRemovedQuestionsAnswersAreKeptButNotShown() throws Exception {
		finish();
		Question projects = question("Projets menés avec la coopérative");
		Question councils = question("Nombre de conseils de coopérative tenus dans l’année");
		perform(this.staff, post(adPage() + "/questions/" + projects.id() + "/supprimer"));
		perform(this.staff,
				post(adPage() + "/questions/" + councils.id()).param("label", "Conseils tenus")
					.param("kind", "NUMBER")
					.param("required", "true"));

		assertThat(this.reports.answers(this.year)).extracting(ActivityAnswer::question)
			.doesNotContain("Projets menés avec la coopérative");
		assertThat(this.reports.answers(this.year)).contains(new ActivityAnswer("Conseils tenus", "3"));
		assertThat(page(this.mandataire, get(PAGE)).select("#" + projects.field())).isEmpty();
		assertThat(this.jdbc.sql("SELECT answer FROM reporting_cra_answer WHERE fiscal_year_id = ? AND question_id = ?")
			.params(this.year.id(), projects.id())
			.query(String.class)
			.single()).isEqualTo("Jardin");
	}

	@Test
	void aFrozenReportIsReadOnlyUntilUnfrozen() throws Exception {
		finish();
		this.reports.freeze(this.year);
		Document page = page(this.mandataire, get(PAGE));
		assertThat(page.select("#cra-form fieldset").first().hasAttr("disabled")).isTrue();
		assertThat(page.select("#cra-form button")).isEmpty();
		assertThat(page.select("#cra-status").text()).startsWith("Envoyé avec le compte rendu financier");

		Question projects = question("Projets menés avec la coopérative");
		Document refused = page(this.mandataire,
				post(PAGE).param("action", "brouillon").param(projects.field(), "Autre chose"));
		assertThat(refused.select("#cra-refusal").text())
			.startsWith("Le compte rendu d’activité a été envoyé avec le compte rendu financier");
		assertThat(this.reports.report(this.year).answer(projects)).isEqualTo("Jardin");
		assertThat(this.reports.saveDraft(this.year, java.util.Map.of()).problems()).extracting("code")
			.containsExactly("cra.frozen");

		this.reports.unfreeze(this.year);
		perform(this.mandataire, post(PAGE).param("action", "brouillon").param(projects.field(), "Autre chose"));
		assertThat(this.reports.report(this.year).answer(projects)).isEqualTo("Autre chose");
	}

	@Test
	void badQuestionsAreExplainedNextToTheirFieldsAndNothingIsAdded() throws Exception {
		Document empty = page(this.staff,
				post(adPage() + "/questions").param("label", "  ")
					.param("kind", "MANY_CHOICES")
					.param("choices", "Une seule"));
		assertThat(empty.select("#label-erreur").text()).isEqualTo("Écrivez la question.");
		assertThat(empty.select("#choices-erreur").text()).isEqualTo("Indiquez au moins deux choix, un par ligne.");
		assertThat(empty.select("#choices").text()).isEqualTo("Une seule");
		assertThat(empty.select("#kind option[selected]").val()).isEqualTo("MANY_CHOICES");

		String many = String.join("\n",
				java.util.stream.IntStream.rangeClosed(1, 21).mapToObj((i) -> "Choix " + i).toList());
		Document tooMany = page(this.staff,
				post(adPage() + "/questions").param("label", "Trop")
					.param("kind", "ONE_CHOICE")
					.param("choices", many));
		assertThat(tooMany.select("#choices-erreur").text()).isEqualTo("21 choix : c’est trop, 20 au plus.");
		assertThat(tooMany.select("#label").val()).isEqualTo("Trop");

		Question projects = question("Projets menés avec la coopérative");
		Document edit = page(this.staff,
				post(adPage() + "/questions/" + projects.id()).param("label", "").param("kind", "TEXT"));
		assertThat(edit.select("#label-erreur").text()).isEqualTo("Écrivez la question.");
		assertThat(this.reports.questionnaire(this.association.id(), YEAR)).hasSize(5)
			.extracting(Question::label)
			.contains("Projets menés avec la coopérative");

		assertThat(perform(this.staff, post(adPage() + "/questions").param("label", "Q").param("kind", "DATE"))
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(this.reports.questionnaire(this.association.id(), YEAR)).hasSize(5);
	}

	@Test
	void answersThePageDoesNotOfferAreRefusedWhole() throws Exception {
		Question services = question("Services de l’OCCE utilisés");
		Question solidarity = question("La coopérative a-t-elle mené des actions de solidarité ?");
		assertThat(status(this.mandataire, post(PAGE).param("action", "brouillon").param(services.field(), "Cantine")))
			.isEqualTo(400);
		assertThat(status(this.mandataire, post(PAGE).param("action", "brouillon").param(solidarity.field(), "PEUT")))
			.isEqualTo(400);
		assertThat(status(this.mandataire, post(PAGE).param("action", "brouillon").param("q999999999", "1")))
			.isEqualTo(400);
		assertThat(status(this.mandataire, post(PAGE).param("action", "envoyer"))).isEqualTo(400);
		assertThat(savedAnswers()).isZero();
	}

	@Test
	void anotherAdCannotSeeOrChangeTheQuestionnaire() throws Exception {
		TestAssociation other = this.data.association("OCCE Voisine");
		Cookie otherStaff = loginStaff(other);
		Question projects = question("Projets menés avec la coopérative");
		assertThat(status(otherStaff, get(adPage()))).isEqualTo(403);
		assertThat(status(otherStaff, post(adPage() + "/questions").param("label", "Intrus").param("kind", "TEXT")))
			.isEqualTo(403);
		String theirs = "/ad/" + other.id() + "/cra/2026-2027/questions/" + projects.id();
		assertThat(status(otherStaff, get(theirs))).isEqualTo(404);
		assertThat(status(otherStaff, post(theirs).param("label", "Intrus").param("kind", "TEXT"))).isEqualTo(404);
		assertThat(status(otherStaff, post(theirs + "/supprimer"))).isEqualTo(404);
		assertThat(status(otherStaff, post(theirs + "/monter"))).isEqualTo(404);
		assertThat(this.reports.questionnaire(this.association.id(), YEAR)).extracting(Question::label)
			.contains("Projets menés avec la coopérative")
			.doesNotContain("Intrus");
		assertThat(status(this.mandataire, get(adPage()))).isEqualTo(403);
		assertThat(status(this.staff, get(PAGE))).isEqualTo(403);
	}

	@Test
	void anotherCooperativeNeverSeesTheAnswers() throws Exception {
		finish();
		TestCooperative neighbour = this.data.readyCooperative(this.association, "Coopérative Voisine");
		Cookie session = loginCooperative(neighbour);
		assertThat(status(session, get(PAGE))).isEqualTo(404);
		openBooks(neighbour, session);
		Document page = page(session, get(PAGE));
		assertThat(page.select("#cra-form").outerHtml()).doesNotContain("Jardin").doesNotContain("1200");
		assertThat(page.select("input[checked]")).isEmpty();
		assertThat(page.select("#cra-status").text()).startsWith("Brouillon");
	}

	private MvcResult finish() throws Exception {
		return perform(this.mandataire,
				post(PAGE).param("action", "terminer")
					.param(question("Nombre de conseils de coopérative tenus dans l’année").field(), " 3 ")
					.param(question("Projets menés avec la coopérative").field(), "Jardin")
					.param(question("Nombre d’élèves concernés par ces projets").field(), "1 200")
					.param(question("Services de l’OCCE utilisés").field(), "Aide comptable", "Assurance")
					.param(question("La coopérative a-t-elle mené des actions de solidarité ?").field(), "NO"));
	}

	private FiscalYear openBooks(TestCooperative cooperative, Cookie session) throws Exception {
		perform(session,
				post("/coop/comptabilite/ouverture").param("openingBank", "0")
					.param("openingCash", "0")
					.param("voucherStyle", "SINGLE"));
		return this.ledger.fiscalYear(cooperative.id(), YEAR).orElseThrow();
	}

	private Question question(String label) {
		return this.reports.questionnaire(this.association.id(), YEAR)
			.stream()
			.filter((question) -> question.label().equals(label))
			.findFirst()
			.orElseThrow();
	}

	private CheckOutcome outcome() {
		List<CheckOutcome> outcomes = this.checks.run(this.year);
		return outcomes.stream()
			.filter((outcome) -> outcome.name().equals("activityReportAnswered"))
			.findFirst()
			.orElseThrow();
	}

	private long savedAnswers() {
		return this.jdbc.sql("SELECT COUNT(*) FROM reporting_cra_answer WHERE fiscal_year_id = ?")
			.param(this.year.id())
			.query(Long.class)
			.single();
	}

	private String adPage() {
		return "/ad/" + this.association.id() + "/cra/2026-2027";
	}

	private MvcResult perform(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.cookie(session).with(csrf())).andReturn();
	}

	private int status(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		return perform(session, request).getResponse().getStatus();
	}

	private Document page(Cookie session, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = perform(session, request);
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString().replace('\u00A0', ' ').replace('\u202F', ' '));
	}

}
