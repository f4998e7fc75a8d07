package coop.occe.retkoop.directory;

import java.nio.charset.StandardCharsets;

import coop.occe.retkoop.support.TestData.TestAssociation;
import coop.occe.retkoop.support.WebTestSupport;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

class CooperativeImportTests extends WebTestSupport {

	private static final String HEADER = "numero;nom;commune;uai;courriel_ecole;adresse;code_postal;type;mandataire;courriel_mandataire;banque;iban;bic\n";

	private TestAssociation association;

	private Cookie staff;

	@BeforeEach
	void setUp() throws Exception {
		this.association = this.data.association("OCCE de l'Import");
		this.staff = loginStaff(this.association);
	}

	private Document upload(String content) throws Exception {
		return upload(content.getBytes(StandardCharsets.UTF_8));
	}

	private Document upload(byte[] content) throws Exception {
		MockMultipartFile file = new MockMultipartFile("fichier", "cooperatives.csv", "text/csv", content);
		return html(this.mvc
			.perform(multipart("/ad/" + this.association.id() + "/cooperatives/import").file(file)
				.cookie(this.staff)
				.with(csrf()))
			.andReturn());
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM directory_cooperative WHERE association_id = ?")
			.param(this.association.id())
			.query(Long.class)
			.single();
	}

	@Test
	void importsValidLinesAndListsEachInvalidLineWithItsNumberAndReason() throws Exception {
		String csv = HEADER + "0101;École A;CAHORS;;a@example.org;;46000;ecole;;;;;\n"
				+ "0102;;FIGEAC;;b@example.org;;;ecole;;;;;\n"
				+ "0103;École C;GRAMAT;0460410N;c@example.org;;;ecole;;;;;\n"
				+ "0104;École D;SOUILLAC;;d@example.org;;;ecole;;;;FR7620041010160999999702913;\n"
				+ "0105;École E;LA ROSE;;e@example.org;;;ecole\n" + "0106;École F;TULLE;;f@example.org;;;piscine;;;;;\n"
				+ ";École G;CAHORS;0460512G;g@example.org;;;;;;;;\n";
		Document report = upload(csv);
		assertThat(report.text()).contains("2 coopératives créées").contains("5 lignes refusées");
		String errors = report.select("#rapport table").text();
		assertThat(errors).contains("3 nom : Indiquez le nom complet")
			.contains("4 uai : La lettre de contrôle de l’UAI 0460410N")
			.contains("5 iban : Cet IBAN contient une erreur")
			.contains("6 Fichier : Cette ligne a 8 colonnes au lieu de 13.")
			.contains("7 type : Type « piscine » inconnu");
		assertThat(count()).isEqualTo(2);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM directory_cooperative WHERE association_id = ? AND number = '0512'")
					.param(this.association.id())
					.query(Long.class)
					.single())
			.as("number taken from the UAI")
			.isEqualTo(1);
	}

	@Test
	void importingTheSameFileAgainUpdatesInsteadOfDuplicating() throws Exception {
		String csv = HEADER + "0201;École A;CAHORS;;a@example.org;;;ecole;;;;;\n"
				+ "0202;École B;FIGEAC;;b@example.org;;;classe;;;;;\n";
		assertThat(upload(csv).text()).contains("2 coopératives créées");
		assertThat(upload(csv).text()).contains("Aucune coopérative créée").contains("2 coopératives déjà à jour");
		String changed = csv.replace("École B", "École Bis");
		assertThat(upload(changed).text()).contains("1 coopérative mise à jour");
		assertThat(count()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT name FROM directory_cooperative WHERE association_id = ? AND number = '0202'")
			.param(this.association.id())
			.query(String.class)
			.single()).isEqualTo("École Bis");
	}

	@Test
	void theSampleFileImportsWithoutErrors() throws Exception {
		byte[] sample = new ClassPathResource("import/cooperatives-exemple.csv").getContentAsByteArray();
		Document report = upload(sample);
		assertThat(report.text()).contains("2 coopératives créées").contains("Aucune ligne refusée");
		byte[] download = this.mvc
			.perform(get("/ad/" + this.association.id() + "/cooperatives/import/modele.csv").cookie(this.staff))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(download).isEqualTo(sample);
	}

	@Test
	void refusesBinaryFilesMissingColumnsAndEmptyUploads() throws Exception {
		Document binary = upload(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		assertThat(binary.select("#fichier-erreur").text()).contains("n’est pas un fichier CSV");
		Document missing = upload("numero;nom\n0301;École\n");
		assertThat(missing.select("#fichier-erreur").text()).contains("commune, courriel_ecole");
		Document empty = upload(new byte[0]);
		assertThat(empty.select("#fichier-erreur").text()).contains("Choisissez un fichier CSV");
		assertThat(count()).isZero();
	}

	@Test
	void readsCommaSeparatedFilesAndWindowsEncoding() throws Exception {
		String csv = "numero,nom,commune,courriel_ecole\n0401,\"École Élémentaire, Bourg\",SAINT-CÉRÉ,x@example.org\n";
		Document report = upload(csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		assertThat(report.text()).contains("1 coopérative créée");
		assertThat(this.jdbc.sql("SELECT name FROM directory_cooperative WHERE association_id = ? AND number = '0401'")
			.param(this.association.id())
			.query(String.class)
			.single()).isEqualTo("École Élémentaire, Bourg");
	}

	@Test
	void anUnclosedQuoteStopsTheImportAtThatLineWithAClearReason() throws Exception {
		String csv = HEADER + "0501;École A;CAHORS;;a@example.org;;;ecole;;;;;\n"
				+ "0502;\"École B;FIGEAC;;b@example.org;;;ecole;;;;;\n";
		Document report = upload(csv);
		assertThat(report.text()).contains("1 coopérative créée").contains("guillemet non fermé");
	}

}
