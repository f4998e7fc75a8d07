package coop.occe.retkoop.reporting.sending;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.reporting.CheckOutcome;
import coop.occe.retkoop.reporting.FinancialReport;
import coop.occe.retkoop.reporting.cra.ActivityAnswer;
import coop.occe.retkoop.reporting.quitus.DischargeRecord;
import coop.occe.retkoop.shared.SchoolYear;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CRFs and their versions. A version's report and checks are kept as JSON: the
 * snapshot is read back as it was sent, whatever the books became since.
 */
@Repository
class CrfRepository {

	private static final TypeReference<List<ActivityAnswer>> ANSWERS = new TypeReference<>() {
	};

	private static final TypeReference<List<CheckOutcome>> CHECKS = new TypeReference<>() {
	};

	// Our own mapper: a snapshot's format must not follow the web layer's settings.
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	CrfRepository(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	Optional<Crf> find(long fiscalYearId) {
		return this.jdbc.sql("SELECT * FROM reporting_crf WHERE fiscal_year_id = ?")
			.param(fiscalYearId)
			.query(CrfRepository::crf)
			.optional();
	}

	/**
	 * The year's CRF, locked until the end of the current transaction so that two
	 * sendings (a double click) run one after the other; created first, in a transaction
	 * of its own, when the year has none yet.
	 */
	Crf lock(Crf fresh, OffsetDateTime now) {
		if (find(fresh.fiscalYearId()).isEmpty()) {
			try {
				this.newTransaction.executeWithoutResult((status) -> insert(fresh, now));
			}
			catch (DuplicateKeyException ex) {
				// Created meanwhile by the other click: lock that one.
			}
		}
		return lockExisting(fresh.fiscalYearId()).orElseThrow();
	}

	/** The year's CRF if it has one, locked until the end of the current transaction. */
	Optional<Crf> lockExisting(long fiscalYearId) {
		return this.jdbc.sql("SELECT * FROM reporting_crf WHERE fiscal_year_id = ? FOR UPDATE")
			.param(fiscalYearId)
			.query(CrfRepository::crf)
			.optional();
	}

	private void insert(Crf crf, OffsetDateTime now) {
		this.jdbc.sql("""
				INSERT INTO reporting_crf (fiscal_year_id, association_id, cooperative_id, school_year, state, versions,
				changed_at) VALUES (?, ?, ?, ?, ?, 0, ?)""")
			.params(crf.fiscalYearId(), crf.associationId(), crf.cooperativeId(), crf.schoolYear().startYear(),
					crf.state().name(), now)
			.update();
	}

	void update(Crf crf, OffsetDateTime now) {
		this.jdbc.sql("""
				UPDATE reporting_crf SET state = ?, versions = ?, return_comment = ?, unlock_reason = ?,
				unlock_requested_at = ?, changed_at = ? WHERE id = ?""")
			.params(crf.state().name(), crf.versions(), crf.returnComment(), crf.unlockReason(),
					crf.unlockRequestedAt(), now, crf.id())
			.update();
	}

	void insertVersion(Crf crf, CrfVersion version) {
		this.jdbc.sql("""
				INSERT INTO reporting_crf_version (crf_id, version_number, sent_at, sent_by, report, checks, activity,
				discharge)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(crf.id(), version.number(), version.sentAt(), version.sentBy(),
					JSON.writeValueAsString(version.report()), JSON.writeValueAsString(version.checks()),
					JSON.writeValueAsString(version.activity()), JSON.writeValueAsString(version.discharge()))
			.update();
	}

	List<CrfVersion> versions(long crfId) {
		return this.jdbc.sql("SELECT * FROM reporting_crf_version WHERE crf_id = ? ORDER BY version_number")
			.param(crfId)
			.query((rs, n) -> new CrfVersion(rs.getInt("version_number"),
					inZone(rs.getObject("sent_at", OffsetDateTime.class)), rs.getString("sent_by"),
					JSON.readValue(rs.getString("report"), FinancialReport.class),
					JSON.readValue(rs.getString("checks"), CHECKS), JSON.readValue(rs.getString("activity"), ANSWERS),
					JSON.readValue(rs.getString("discharge"), DischargeRecord.class)))
			.list();
	}

	Optional<CrfVersion> version(long crfId, int number) {
		return versions(crfId).stream().filter((version) -> version.number() == number).findFirst();
	}

	// Shown as the users read the time (the database may hand it back in UTC).
	private OffsetDateTime inZone(OffsetDateTime time) {
		return time.atZoneSameInstant(this.clock.getZone()).toOffsetDateTime();
	}

	/** The CRFs of the association's cooperatives for the year, by cooperative. */
	List<Crf> ofAssociation(long associationId, SchoolYear year) {
		return this.jdbc.sql("SELECT * FROM reporting_crf WHERE association_id = ? AND school_year = ?")
			.params(associationId, year.startYear())
			.query(CrfRepository::crf)
			.list();
	}

	private static Crf crf(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Crf(rs.getLong("id"), rs.getLong("fiscal_year_id"), rs.getLong("association_id"),
				rs.getLong("cooperative_id"), new SchoolYear(rs.getInt("school_year")),
				CrfState.valueOf(rs.getString("state")), rs.getInt("versions"), rs.getString("return_comment"),
				rs.getString("unlock_reason"), rs.getObject("unlock_requested_at", OffsetDateTime.class));
	}

}
