package coop.occe.retkoop.ledger.seal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SealRepository {

	private static final String SEAL_COLUMNS = "s.id, s.fiscal_year_id, s.cooperative_id, s.association_id, "
			+ "s.seal_number, s.sealed_at, s.entry_count, s.head_hash, s.reported_at, y.school_year, y.closed";

	private final JdbcClient jdbc;

	SealRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The year's entries with their lines, in no particular order. */
	List<SealedEntry> entries(long fiscalYearId) {
		Map<Long, List<SealedEntry.SealedLine>> lines = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT l.entry_id, l.account_code, l.amount FROM ledger_line l
				JOIN ledger_entry e ON e.id = l.entry_id
				WHERE e.fiscal_year_id = ? ORDER BY l.entry_id, l.id""").param(fiscalYearId).query((rs) -> {
			lines.computeIfAbsent(rs.getLong("entry_id"), (id) -> new ArrayList<>())
				.add(new SealedEntry.SealedLine(rs.getString("account_code"), rs.getLong("amount")));
		});
		return this.jdbc.sql("""
				SELECT id, voucher, entry_date, label, operation, payment, cheque_number, cancelled
				FROM ledger_entry WHERE fiscal_year_id = ?""")
			.param(fiscalYearId)
			.query((rs, n) -> new SealedEntry(rs.getLong("id"), rs.getString("voucher"),
					rs.getObject("entry_date", LocalDate.class), rs.getString("label"), rs.getString("operation"),
					rs.getString("payment"), rs.getString("cheque_number"), rs.getBoolean("cancelled"),
					List.copyOf(lines.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
	}

	/** Writes the year's next seal with its links; inside the closing transaction. */
	int insert(long fiscalYearId, long cooperativeId, long associationId, OffsetDateTime now,
			List<SealChain.Link> links, String head) {
		int number = this.jdbc.sql("SELECT COALESCE(MAX(seal_number), 0) + 1 FROM ledger_seal WHERE fiscal_year_id = ?")
			.param(fiscalYearId)
			.query(Integer.class)
			.single();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO ledger_seal (fiscal_year_id, cooperative_id, association_id, seal_number, sealed_at,
				entry_count, head_hash) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(fiscalYearId, cooperativeId, associationId, number, now, links.size(), head)
			.update(keys, "id");
		long sealId = keys.getKey().longValue();
		int place = 0;
		for (SealChain.Link link : links) {
			this.jdbc.sql("""
					INSERT INTO ledger_seal_link (seal_id, place, entry_id, voucher, entry_date, link)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(sealId, place++, link.entryId(), link.voucher(), link.date(), link.hash())
				.update();
		}
		return number;
	}

	/**
	 * Every seal of the cooperative, the latest years first and each year's seals in
	 * order.
	 */
	List<StoredSeal> sealsOf(long cooperativeId) {
		return this.jdbc
			.sql("SELECT " + SEAL_COLUMNS + " FROM ledger_seal s "
					+ "JOIN ledger_fiscal_year y ON y.id = s.fiscal_year_id "
					+ "WHERE s.cooperative_id = ? ORDER BY y.school_year DESC, s.seal_number")
			.param(cooperativeId)
			.query(this::seal)
			.list();
	}

	/** The latest seal of the cooperative's year. */
	Optional<StoredSeal> latest(long cooperativeId, SchoolYear year) {
		return this.jdbc.sql("SELECT " + SEAL_COLUMNS + " FROM ledger_seal s "
				+ "JOIN ledger_fiscal_year y ON y.id = s.fiscal_year_id "
				+ "WHERE s.cooperative_id = ? AND y.school_year = ? ORDER BY s.seal_number DESC FETCH FIRST 1 ROWS ONLY")
			.params(cooperativeId, year.startYear())
			.query(this::seal)
			.optional();
	}

	/**
	 * The latest seal of every closed year not yet reported broken, for the daily check.
	 */
	List<StoredSeal> toWatch() {
		return this.jdbc
			.sql("SELECT " + SEAL_COLUMNS + " FROM ledger_seal s "
					+ "JOIN ledger_fiscal_year y ON y.id = s.fiscal_year_id WHERE y.closed = TRUE "
					+ "AND s.reported_at IS NULL AND s.seal_number = (SELECT MAX(m.seal_number) FROM ledger_seal m "
					+ "WHERE m.fiscal_year_id = s.fiscal_year_id) ORDER BY s.id")
			.query(this::seal)
			.list();
	}

	List<SealChain.Link> links(long sealId) {
		return this.jdbc
			.sql("SELECT entry_id, voucher, entry_date, link FROM ledger_seal_link WHERE seal_id = ? ORDER BY place")
			.param(sealId)
			.query((rs, n) -> new SealChain.Link(rs.getLong("entry_id"), rs.getString("voucher"),
					rs.getObject("entry_date", LocalDate.class), rs.getString("link")))
			.list();
	}

	/** Marks the seal reported; false when another node or an earlier run did. */
	boolean markReported(long sealId, OffsetDateTime now) {
		return this.jdbc.sql("UPDATE ledger_seal SET reported_at = ? WHERE id = ? AND reported_at IS NULL")
			.params(now, sealId)
			.update() == 1;
	}

	private StoredSeal seal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new StoredSeal(rs.getLong("id"), rs.getLong("fiscal_year_id"), rs.getLong("cooperative_id"),
				rs.getLong("association_id"), new SchoolYear(rs.getInt("school_year")), rs.getInt("seal_number"),
				rs.getObject("sealed_at", OffsetDateTime.class), rs.getInt("entry_count"), rs.getString("head_hash"),
				rs.getObject("reported_at", OffsetDateTime.class) != null, rs.getBoolean("closed"));
	}

	/** A seal as stored, with whether its year is closed now. */
	record StoredSeal(long id, long fiscalYearId, long cooperativeId, long associationId, SchoolYear year, int number,
			OffsetDateTime sealedAt, int entryCount, String headHash, boolean reported, boolean yearClosed) {

	}

}
