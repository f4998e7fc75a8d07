package coop.occe.retkoop.membership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.membership.internal.StoredDocument.DocumentKind;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AdhesionRepository {

	private final JdbcClient jdbc;

	AdhesionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Adhesion> find(long cooperativeId, SchoolYear year) {
		return this.jdbc.sql("SELECT * FROM membership_adhesion WHERE cooperative_id = ? AND school_year = ?")
			.params(cooperativeId, year.startYear())
			.query(AdhesionRepository::map)
			.optional();
	}

	Optional<Adhesion> findByReference(String reference) {
		return this.jdbc.sql("SELECT * FROM membership_adhesion WHERE attestation_reference = ?")
			.param(reference)
			.query(AdhesionRepository::map)
			.optional();
	}

	List<Adhesion> ofAssociation(long associationId, SchoolYear year) {
		return this.jdbc.sql("SELECT * FROM membership_adhesion WHERE association_id = ? AND school_year = ?")
			.params(associationId, year.startYear())
			.query(AdhesionRepository::map)
			.list();
	}

	Adhesion insert(Adhesion a) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO membership_adhesion (association_id, cooperative_id, school_year, state,
				property_value_cents, instrument_value_cents, review_subscribed, voluntary_cents, payment)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.associationId(), a.cooperativeId(), a.year().startYear(), a.state().name(),
					a.propertyValue().cents(), a.instrumentValue().cents(), a.reviewSubscribed(), a.voluntary().cents(),
					a.payment().name())
			.update(keys, "id");
		return a.withId(keys.getKey().longValue());
	}

	void update(Adhesion a) {
		this.jdbc.sql("""
				UPDATE membership_adhesion SET state = ?, property_value_cents = ?, instrument_value_cents = ?,
				review_subscribed = ?, voluntary_cents = ?, payment = ?, return_reason = ?, sent_at = ?,
				validated_at = ?, attestation_reference = ? WHERE id = ?""")
			.params(a.state().name(), a.propertyValue().cents(), a.instrumentValue().cents(), a.reviewSubscribed(),
					a.voluntary().cents(), a.payment().name(), a.returnReason(), a.sentAt(), a.validatedAt(),
					a.attestationReference(), a.id())
			.update();
	}

	/** The classes in entry order. */
	List<MemberClass> classes(long adhesionId) {
		return this.jdbc.sql("SELECT * FROM membership_class WHERE adhesion_id = ? ORDER BY id")
			.param(adhesionId)
			.query((rs, i) -> new MemberClass(rs.getLong("id"), rs.getLong("adhesion_id"), rs.getString("name"),
					rs.getString("teachers"), rs.getString("email"), rs.getInt("teacher_count"),
					rs.getInt("pupil_count")))
			.list();
	}

	long insertClass(long adhesionId, ClassData c) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO membership_class (adhesion_id, name, teachers, email, teacher_count, pupil_count)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(adhesionId, c.name(), c.teachers(), c.email(), c.teacherCount(), c.pupilCount())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void updateClass(long id, ClassData c) {
		this.jdbc.sql("""
				UPDATE membership_class SET name = ?, teachers = ?, email = ?, teacher_count = ?, pupil_count = ?
				WHERE id = ?""")
			.params(c.name(), c.teachers(), c.email(), c.teacherCount(), c.pupilCount(), id)
			.update();
	}

	void deleteClass(long id) {
		this.jdbc.sql("DELETE FROM membership_class WHERE id = ?").param(id).update();
	}

	Optional<StoredDocument> document(long adhesionId, DocumentKind kind, boolean withContent) {
		return this.jdbc
			.sql("SELECT adhesion_id, kind, file_name, content_type, size_bytes, uploaded_at"
					+ (withContent ? ", content" : "") + " FROM membership_document WHERE adhesion_id = ? AND kind = ?")
			.params(adhesionId, kind.name())
			.query((rs, i) -> new StoredDocument(rs.getLong("adhesion_id"), DocumentKind.valueOf(rs.getString("kind")),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getObject("uploaded_at", OffsetDateTime.class), withContent ? rs.getBytes("content") : null))
			.optional();
	}

	void saveDocument(StoredDocument d) {
		this.jdbc.sql("DELETE FROM membership_document WHERE adhesion_id = ? AND kind = ?")
			.params(d.adhesionId(), d.kind().name())
			.update();
		this.jdbc.sql("""
				INSERT INTO membership_document (adhesion_id, kind, file_name, content_type, size_bytes, uploaded_at,
				content) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(d.adhesionId(), d.kind().name(), d.fileName(), d.contentType(), d.size(), d.uploadedAt(),
					d.content())
			.update();
	}

	private static Adhesion map(ResultSet rs, int row) throws SQLException {
		return new Adhesion(rs.getLong("id"), rs.getLong("association_id"), rs.getLong("cooperative_id"),
				new SchoolYear(rs.getInt("school_year")), AdhesionState.valueOf(rs.getString("state")),
				TariffsRepository.cents(rs, "property_value_cents"),
				TariffsRepository.cents(rs, "instrument_value_cents"), rs.getBoolean("review_subscribed"),
				TariffsRepository.cents(rs, "voluntary_cents"), PaymentChoice.valueOf(rs.getString("payment")),
				rs.getString("return_reason"), rs.getObject("sent_at", OffsetDateTime.class),
				rs.getObject("validated_at", OffsetDateTime.class), rs.getString("attestation_reference"));
	}

}
