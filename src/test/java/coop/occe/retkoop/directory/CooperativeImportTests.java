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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

class CooperativeImportTests extends WebTestSupport {

	private static final String HEADER = "numero;nom;commune;uai;courriel_ecole;adresse;code_postal;type;mandataire;courriel_mandataire;banque;iban;bic\n";

	@org.springframework.beans.factory.annotation.Autowired
	private coop.occe.retkoop.directory.internal.ImportJobs jobs;

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

	/**
	 * Uploads the file and, when it is accepted, waits for its background job: the page
	 * of the job once finished, or the form with its error.
	 */
	private Document upload(byte[] content) throws Exception {
		MockMultipartFile file = new MockMultipartFile("fichier", "cooperatives.csv", "text/csv", content);
		MvcResult result = this.mvc
			.perform(multipart("/ad/" + this.association.id() + "/cooperatives/import").file(file)
				.cookie(this.staff)
				.with(csrf()))
			.andReturn();
		String jobUrl = result.getResponse().getRedirectedUrl();
		if (jobUrl == null) {
			return html(result);
		}
		assertThat(jobUrl).matches("/ad/" + this.association.id() + "/cooperatives/import/\\d+");
		return finished(jobUrl);
	}

	private Document finished(String jobUrl) throws Exception {
		long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (true) {
			Document page = html(this.mvc.perform(get(jobUrl).cookie(this.staff)).andReturn());
			if (!page.select("#rapport").isEmpty()) {
				return page;
			}
			assertThat(System.nanoTime()).as("import finished in time").isLessThan(end);
			Thread.sleep(100);
		}
	}

	/** The refused lines of a result page: line number, then the row's text. */
	private static java.util.Map<String, String> refused(Document report) {
		java.util.Map<String, String> rows = new java.util.HashMap<>();
		report.select("#lignes tr[data-outcome=REFUSED]").forEach((row) -> rows.put(row.child(0).text(), row.text()));
		return rows;
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
		java.util.Map<String, String> errors = refused(report);
		assertThat(errors).containsOnlyKeys("3", "4", "5", "6", "7");
		assertThat(errors.get("3")).contains("refusée").contains("nom : Indiquez le nom complet");
		assertThat(errors.get("4")).contains("uai : La lettre de contrôle de l’UAI 0460410N");
		assertThat(errors.get("5")).contains("iban : Cet IBAN contient une erreur");
		assertThat(errors.get("6")).contains("Fichier : Cette ligne a 8 colonnes au lieu de 13.");
		assertThat(errors.get("7")).contains("type : Type « piscine » inconnu");
		assertThat(report.select("#lignes tr[data-outcome=CREATED]")).extracting((row) -> row.text())
			.containsExactly("2 créée 0101 École A", "8 créée 0512 École G");
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
	void theTypeWordIgnoresCaseAndAccents() throws Exception {
		String csv = HEADER + "0301;École A;CAHORS;;a@example.org;;;école;;;;;\n"
				+ "0302;École B;CAHORS;;b@example.org;;;ÉCOLE;;;;;\n"
				+ "0303;École C;CAHORS;;c@example.org;;;Classe;;;;;\n"
				+ "0304;École D;CAHORS;;d@example.org;;;autre;;;;;\n";
		assertThat(upload(csv).text()).contains("4 coopératives créées");
		assertThat(this.jdbc
			.sql("SELECT number || '=' || type FROM directory_cooperative WHERE association_id = ? ORDER BY number")
			.param(this.association.id())
			.query(String.class)
			.list()).containsExactly("0301=SCHOOL", "0302=SCHOOL", "0303=CLASS", "0304=OTHER");
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

	@Test
	void anImportStoppedByARestartResumesAtTheFirstLineNotDoneAndImportsNoLineTwice() throws Exception {
		String csv = HEADER + "0601;École A;CAHORS;;a@example.org;;;ecole;;;;;\n"
				+ "0602;École B;FIGEAC;;b@example.org;;;ecole;;;;;\n" + "0603;;GRAMAT;;c@example.org;;;ecole;;;;;\n";
		// A node imported line 2, then died: its lease ran out a minute ago.
		long jobId = insertJob(csv, 1, "dead-node", java.time.OffsetDateTime.now().minusMinutes(1));
		this.jdbc.sql("""
				INSERT INTO directory_import_line (job_id, line_number, outcome, cooperative_number, cooperative_name)
				VALUES (?, 2, 'CREATED', '0601', 'École A')""").param(jobId).update();
		this.jobs.resumeAbandoned();
		Document report = finished("/ad/" + this.association.id() + "/cooperatives/import/" + jobId);
		assertThat(report.select("#lignes tbody tr"))
			.extracting((row) -> row.child(0).text() + " " + row.child(1).text())
			.containsExactly("2 créée", "3 créée", "4 refusée");
		assertThat(this.jdbc.sql("SELECT number FROM directory_cooperative WHERE association_id = ?")
			.param(this.association.id())
			.query(String.class)
			.list()).as("line 2 not imported again").containsExactly("0602");
	}

	@Test
	void aJobThatAnotherLiveNodeRunsIsLeftToIt() throws Exception {
		String csv = HEADER + "0701;École A;CAHORS;;a@example.org;;;ecole;;;;;\n";
		long jobId = insertJob(csv, 0, "other-node", java.time.OffsetDateTime.now().plusMinutes(1));
		this.jobs.run(jobId);
		this.jobs.resumeAbandoned();
		assertThat(count()).isZero();
		assertThat(this.jdbc.sql("SELECT claimed_by FROM directory_import_job WHERE id = ?")
			.param(jobId)
			.query(String.class)
			.single()).isEqualTo("other-node");
		Document running = html(this.mvc
			.perform(get("/ad/" + this.association.id() + "/cooperatives/import/" + jobId).cookie(this.staff))
			.andReturn());
		assertThat(running.select(".progress-bar").text()).isEqualTo("0 %");
		assertThat(running.select("#import-job").attr("hx-trigger")).isEqualTo("every 2s");
	}

	@Test
	void anotherAssociationsJobIsNotFound() throws Exception {
		long jobId = insertJob(HEADER, 0, "other-node", java.time.OffsetDateTime.now().plusMinutes(1));
		TestAssociation other = this.data.association("OCCE Voisine");
		assertThat(
				this.mvc.perform(get("/ad/" + other.id() + "/cooperatives/import/" + jobId).cookie(loginStaff(other)))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(404);
	}

	private long insertJob(String csv, int done, String node, java.time.OffsetDateTime leaseEnd) {
		byte[] content = csv.getBytes(StandardCharsets.UTF_8);
		this.jdbc.sql("""
				INSERT INTO directory_import_job (association_id, file_name, content, total_lines, done_records, state,
				claimed_by, claimed_until, created_at) VALUES (?, 'reprise.csv', ?, ?, ?, 'RUNNING', ?, ?, ?)""")
			.params(this.association.id(), content, (int) csv.lines().count() - 1, done, node, leaseEnd,
					java.time.OffsetDateTime.now())
			.update();
		return this.jdbc.sql("SELECT MAX(id) FROM directory_import_job WHERE association_id = ?")
			.param(this.association.id())
			.query(Long.class)
			.single();
	}

}
