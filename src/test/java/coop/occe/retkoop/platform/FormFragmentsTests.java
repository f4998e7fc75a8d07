package coop.occe.retkoop.platform;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fragments of templates/fragments/forms.html that need no form object render the
 * markup the pages wrote by hand before (the bound-field fragments are checked by each
 * module's page tests).
 */
class FormFragmentsTests {

	private final SpringTemplateEngine engine = engine();

	@Test
	void aMiddlePageLinksBothWaysAndTellsItsPosition() {
		Document page = render("<nav th:replace=\"~{fragments/forms :: pager(1, true, 3, '/liste?page=0', "
				+ "'/liste?page=2', 'd-print-none')}\"></nav>");

		Element nav = page.selectFirst("nav.d-print-none[aria-label=Pages]");
		assertThat(nav).isNotNull();
		assertThat(nav.select("ul.pagination > li.page-item")).hasSize(3);
		assertThat(nav.select("li.page-item.disabled")).hasSize(1);
		assertThat(nav.select("a.page-link").eachAttr("href")).containsExactly("/liste?page=0", "/liste?page=2");
		assertThat(nav.select("a.page-link").eachText()).containsExactly("Précédent", "Suivant");
		assertThat(nav.select("li.disabled > span.page-link").text()).isEqualTo("Page 2 sur 3");
	}

	@Test
	void theFirstPageOfAListWhoseSizeIsUnknownDisablesPreviousAndShowsNoPosition() {
		Document page = render(
				"<nav th:replace=\"~{fragments/forms :: pager(0, true, null, '/j?page=-1', '/j?page=1', null)}\"></nav>");

		Element nav = page.selectFirst("nav[aria-label=Pages]");
		assertThat(nav).isNotNull();
		assertThat(nav.hasAttr("class")).isFalse();
		assertThat(nav.select("li.page-item")).hasSize(2);
		assertThat(nav.select("li.page-item").first().hasClass("disabled")).isTrue();
		assertThat(nav.select("li.page-item").last().hasClass("disabled")).isFalse();
		assertThat(nav.select("span.page-link")).isEmpty();
	}

	@Test
	void aSinglePageShowsNoPager() {
		Document page = render(
				"<div id=\"liste\"><nav th:replace=\"~{fragments/forms :: pager(0, false, 1, '/a', '/b', null)}\"></nav></div>");

		assertThat(page.selectFirst("#liste")).isNotNull();
		assertThat(page.select("nav")).isEmpty();
	}

	@Test
	void anErrorIsShownNextToItsFieldOnlyWhenThereIsOne() {
		Document page = render("<div id=\"champ\"><input id=\"nom\" class=\"is-invalid\">"
				+ "<div th:replace=\"~{fragments/forms :: errorKey('nom-erreur', 'paging.next')}\"></div>"
				+ "<div th:replace=\"~{fragments/forms :: error(null, 'Déjà pris')}\"></div>"
				+ "<div th:replace=\"~{fragments/forms :: errorKey('rien-erreur', null)}\"></div>"
				+ "<div th:replace=\"~{fragments/forms :: error('vide-erreur', null)}\"></div></div>");

		assertThat(page.select("#champ > .invalid-feedback")).hasSize(2);
		assertThat(page.select("#nom + #nom-erreur.invalid-feedback").text()).isEqualTo("Suivant");
		Element second = page.select("#champ > .invalid-feedback").last();
		assertThat(second.hasAttr("id")).isFalse();
		assertThat(second.text()).isEqualTo("Déjà pris");
	}

	private Document render(String template) {
		return Jsoup.parseBodyFragment(this.engine.process(template, new Context(Locale.FRENCH)));
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
		files.setPrefix("templates/");
		files.setSuffix(".html");
		files.setTemplateMode(TemplateMode.HTML);
		files.setCharacterEncoding("UTF-8");
		files.setCheckExistence(true);
		files.setOrder(1);
		StringTemplateResolver inline = new StringTemplateResolver();
		inline.setTemplateMode(TemplateMode.HTML);
		inline.setOrder(2);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages-membership", "messages-ledger");
		messages.setDefaultEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(files);
		engine.addTemplateResolver(inline);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
