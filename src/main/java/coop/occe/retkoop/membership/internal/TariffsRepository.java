package coop.occe.retkoop.membership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TariffsRepository {

	private final JdbcClient jdbc;

	TariffsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Tariffs> find(long associationId, SchoolYear year) {
		return this.jdbc.sql("SELECT * FROM membership_settings WHERE association_id = ? AND school_year = ?")
			.params(associationId, year.startYear())
			.query(TariffsRepository::map)
			.optional();
	}

	void save(Tariffs t) {
		int updated = this.jdbc.sql("""
				UPDATE membership_settings SET opens_on = ?, closes_on = ?, adhesion_pupil_cents = ?,
				adhesion_adult_cents = ?, insurance_pupil_cents = ?, insurance_adult_cents = ?,
				property_threshold_cents = ?, property_rate = ?, instrument_threshold_cents = ?, instrument_rate = ?,
				review_price_cents = ?, voluntary_offered = ?, federal_share_cents = ?, allows_immediate_debit = ?,
				allows_december_debit = ?, allows_cheque = ?, allows_click_to_sign = ?
				WHERE association_id = ? AND school_year = ?""")
			.params(t.opensOn(), t.closesOn(), t.adhesionPerPupil().cents(), t.adhesionPerAdult().cents(),
					t.insurancePerPupil().cents(), t.insurancePerAdult().cents(), t.propertyThreshold().cents(),
					t.propertyRate(), t.instrumentThreshold().cents(), t.instrumentRate(), t.reviewPrice().cents(),
					t.voluntaryOffered(), t.federalShare().cents(), t.allowsImmediateDebit(), t.allowsDecemberDebit(),
					t.allowsCheque(), t.allowsClickToSign(), t.associationId(), t.year().startYear())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO membership_settings (association_id, school_year, opens_on, closes_on,
					adhesion_pupil_cents, adhesion_adult_cents, insurance_pupil_cents, insurance_adult_cents,
					property_threshold_cents, property_rate, instrument_threshold_cents, instrument_rate,
					review_price_cents, voluntary_offered, federal_share_cents, allows_immediate_debit,
					allows_december_debit, allows_cheque, allows_click_to_sign)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(t.associationId(), t.year().startYear(), t.opensOn(), t.closesOn(),
						t.adhesionPerPupil().cents(), t.adhesionPerAdult().cents(), t.insurancePerPupil().cents(),
						t.insurancePerAdult().cents(), t.propertyThreshold().cents(), t.propertyRate(),
						t.instrumentThreshold().cents(), t.instrumentRate(), t.reviewPrice().cents(),
						t.voluntaryOffered(), t.federalShare().cents(), t.allowsImmediateDebit(),
						t.allowsDecemberDebit(), t.allowsCheque(), t.allowsClickToSign())
				.update();
		}
	}

	private static Tariffs map(ResultSet rs, int row) throws SQLException {
		return new Tariffs(rs.getLong("association_id"), new SchoolYear(rs.getInt("school_year")),
				rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
				cents(rs, "adhesion_pupil_cents"), cents(rs, "adhesion_adult_cents"),
				cents(rs, "insurance_pupil_cents"), cents(rs, "insurance_adult_cents"),
				cents(rs, "property_threshold_cents"), rs.getBigDecimal("property_rate").stripTrailingZeros(),
				cents(rs, "instrument_threshold_cents"), rs.getBigDecimal("instrument_rate").stripTrailingZeros(),
				cents(rs, "review_price_cents"), rs.getBoolean("voluntary_offered"), cents(rs, "federal_share_cents"),
				rs.getBoolean("allows_immediate_debit"), rs.getBoolean("allows_december_debit"),
				rs.getBoolean("allows_cheque"), rs.getBoolean("allows_click_to_sign"));
	}

	static Money cents(ResultSet rs, String column) throws SQLException {
		return Money.ofCents(rs.getLong(column));
	}

}
