package coop.occe.retkoop.membership.internal;

import coop.occe.retkoop.platform.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.identity.InitialPassword;
import coop.occe.retkoop.platform.AuditTrail;
import coop.occe.retkoop.platform.AuditTrail.AuditEvent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Changement de mandataire et/ou de signataire(s)": the cooperative uploads the signed
 * request; AD staff see the pending ones, change the mandataire in the directory, then
 * mark the request applied.
 */
@Service
public class MandataryChanges {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditTrail audit;

	private final Clock clock;

	private final Texts texts;

	MandataryChanges(JdbcClient jdbc, Directory directory, AuditTrail audit, Clock clock, Texts texts) {
		this.texts = texts;
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records the signed request; refuses an empty, wrong or too large file. */
	@Transactional
	public void request(long cooperativeId, String name, String email, String signatories, String fileName,
			byte[] content) {
		String contentType = UploadedScan.contentTypeOf(content);
		CooperativeSummary coop = this.directory.cooperative(cooperativeId).orElseThrow();
		String cleanFile = (fileName == null || fileName.isBlank()) ? this.texts.text("membership.file.mandataryChange")
				: fileName.strip();
		cleanFile = cleanFile.replaceAll("[\\\\/\\\"\\x00-\\x1F\\x7F]", "_");
		if (cleanFile.length() > 200) {
			cleanFile = cleanFile.substring(cleanFile.length() - 200);
		}
		this.jdbc
			.sql("""
					INSERT INTO membership_mandatary_change (association_id, cooperative_id, requested_at,
					new_mandatary_name, new_mandatary_email, signatories, state, file_name, content_type, size_bytes, content)
					VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)""")
			.params(coop.associationId(), coop.id(), OffsetDateTime.now(this.clock), name, email, signatories,
					cleanFile, contentType, content.length, content)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put(this.texts.text("membership.audit.field.newMandatary"), name);
		after.put(this.texts.text("membership.audit.field.email"), email);
		after.put(this.texts.text("membership.audit.field.signatories"), signatories);
		after.put(this.texts.text("membership.audit.field.file"), cleanFile);
		this.audit.record(AuditEvent
			.of("MANDATAIRE_CHANGEMENT_DEMANDE", coop.associationId(), coop.id(),
					this.texts.text("membership.audit.mandataryChange"))
			.withChanges(Map.of(this.texts.text("membership.audit.field.mandatary"), coop.mandataryName()), after));
	}

	public List<MandataryChange> ofCooperative(long cooperativeId) {
		return this.jdbc.sql(SELECT + " WHERE cooperative_id = ? ORDER BY requested_at DESC, id DESC")
			.param(cooperativeId)
			.query(MandataryChanges::map)
			.list();
	}

	public List<MandataryChange> pending(long associationId) {
		return this.jdbc.sql(SELECT + " WHERE association_id = ? AND state = 'PENDING' ORDER BY requested_at, id")
			.param(associationId)
			.query(MandataryChanges::map)
			.list();
	}

	/** The request's signed scan, only within the association. */
	public Optional<StoredDocument> file(long associationId, long requestId) {
		return this.jdbc
			.sql("SELECT file_name, content_type, size_bytes, requested_at, content FROM membership_mandatary_change "
					+ "WHERE id = ? AND association_id = ?")
			.params(requestId, associationId)
			.query((rs, i) -> new StoredDocument(requestId, StoredDocument.DocumentKind.ENGAGEMENT,
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getObject("requested_at", OffsetDateTime.class), rs.getBytes("content")))
			.optional();
	}

	/**
	 * Applies a pending request: the directory takes the new mandataire's name and e-mail
	 * and the account gets new credentials, returned to be shown once. Empty when the
	 * request is not a pending one of this association.
	 */
	@Transactional
	public Optional<InitialPassword> apply(long associationId, long requestId) {
		Optional<MandataryChange> pending = this.jdbc
			.sql(SELECT + " WHERE id = ? AND association_id = ? AND state = 'PENDING'")
			.params(requestId, associationId)
			.query(MandataryChanges::map)
			.optional();
		if (pending.isEmpty()) {
			return Optional.empty();
		}
		MandataryChange change = pending.get();
		int updated = this.jdbc
			.sql("UPDATE membership_mandatary_change SET state = 'APPLIED', applied_at = ? "
					+ "WHERE id = ? AND association_id = ? AND state = 'PENDING'")
			.params(OffsetDateTime.now(this.clock), requestId, associationId)
			.update();
		if (updated != 1) {
			return Optional.empty();
		}
		InitialPassword credentials = this.directory.changeMandatary(associationId, change.cooperativeId(),
				change.newMandataryName(), change.newMandataryEmail());
		this.audit.record(AuditEvent
			.of("MANDATAIRE_CHANGEMENT_APPLIQUE", associationId, change.cooperativeId(),
					this.texts.text("membership.audit.mandataryChange"))
			.withChanges(
					Map.of(this.texts.text("membership.audit.field.request"),
							this.texts.text("membership.audit.pending")),
					Map.of(this.texts.text("membership.audit.field.request"),
							this.texts.text("membership.audit.applied"),
							this.texts.text("membership.audit.field.mandatary"), change.newMandataryName())));
		return Optional.of(credentials);
	}

	private static final String SELECT = """
			SELECT id, association_id, cooperative_id, requested_at, new_mandatary_name, new_mandatary_email,
			signatories, state, applied_at, file_name, content_type FROM membership_mandatary_change""";

	private static MandataryChange map(ResultSet rs, int row) throws SQLException {
		return new MandataryChange(rs.getLong("id"), rs.getLong("association_id"), rs.getLong("cooperative_id"),
				rs.getObject("requested_at", OffsetDateTime.class), rs.getString("new_mandatary_name"),
				rs.getString("new_mandatary_email"), rs.getString("signatories"),
				"APPLIED".equals(rs.getString("state")), rs.getObject("applied_at", OffsetDateTime.class),
				rs.getString("file_name"), rs.getString("content_type"));
	}

}
