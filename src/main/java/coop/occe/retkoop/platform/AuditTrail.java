package coop.occe.retkoop.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who changed what, when, with the values before and after. Every module that
 * changes data calls it inside the same transaction as the change, so that an audit line
 * exists exactly when the change does.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MessageSource messages;

	AuditTrail(JdbcClient jdbc, Clock clock, MessageSource messages) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
	}

	/** Records an action of the signed-in person (or of the system when nobody is). */
	public void record(AuditEvent event) {
		Actor actor = CurrentActor.find().orElse(null);
		recordAs(actor != null ? actor.login() : this.messages.getMessage("platform.audit.system", null, Locale.FRENCH),
				actor != null ? actor.accountId() : null, event);
	}

	/** Records an action attributed to a given login, e.g. a failed login attempt. */
	public void recordAs(String actorLogin, Long actorAccountId, AuditEvent event) {
		this.jdbc.sql("""
				INSERT INTO platform_audit_event (occurred_at, actor_login, actor_account_id, association_id,
				cooperative_id, action, target_label, details, remote_address)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(OffsetDateTime.now(this.clock), truncate(actorLogin, 200), actorAccountId, event.associationId(),
					event.cooperativeId(), event.action(), truncate(event.targetLabel(), 300),
					truncate(event.details(), 20000), truncate(remoteAddress(), 60))
			.update();
	}

	/** The newest events of an association, {@code size} per page, page 0 first. */
	public List<AuditLine> linesOfAssociation(long associationId, int page, int size) {
		return this.jdbc.sql("""
				SELECT occurred_at, actor_login, action, target_label, details, remote_address
				FROM platform_audit_event WHERE association_id = ?
				ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?""")
			.params(associationId, size, page * size)
			.query((rs, i) -> new AuditLine(rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("actor_login"), rs.getString("action"), rs.getString("target_label"),
					rs.getString("details"), rs.getString("remote_address")))
			.list();
	}

	public long countOfAssociation(long associationId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM platform_audit_event WHERE association_id = ?")
			.param(associationId)
			.query(Long.class)
			.single();
	}

	/** One line of the audit trail as AD staff read it. */
	public record AuditLine(OffsetDateTime occurredAt, String actorLogin, String action, String targetLabel,
			String details, String remoteAddress) {

	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	/**
	 * One audited action. {@code details} is a readable list of the fields that changed.
	 */
	public record AuditEvent(String action, Long associationId, Long cooperativeId, String targetLabel,
			String details) {

		public static AuditEvent of(String action, Long associationId, Long cooperativeId, String targetLabel) {
			return new AuditEvent(action, associationId, cooperativeId, targetLabel, null);
		}

		/**
		 * The same event with the fields that differ between {@code before} and
		 * {@code after}.
		 */
		public AuditEvent withChanges(Map<String, ?> before, Map<String, ?> after) {
			return new AuditEvent(this.action, this.associationId, this.cooperativeId, this.targetLabel,
					describeChanges(before, after));
		}

	}

	/**
	 * "field: before → after" for every field whose value differs, one per line, fields
	 * in alphabetical order.
	 */
	public static String describeChanges(Map<String, ?> before, Map<String, ?> after) {
		Map<String, ?> b = (before != null) ? before : Map.of();
		Map<String, ?> a = (after != null) ? after : Map.of();
		Set<String> keys = new TreeSet<>(b.keySet());
		keys.addAll(a.keySet());
		Map<String, String> lines = new LinkedHashMap<>();
		for (String key : keys) {
			String oldValue = display(b.get(key));
			String newValue = display(a.get(key));
			if (!Objects.equals(oldValue, newValue)) {
				lines.put(key, oldValue + " → " + newValue);
			}
		}
		StringBuilder text = new StringBuilder();
		lines.forEach((key, change) -> text.append(key).append(" : ").append(change).append('\n'));
		return text.toString().strip();
	}

	private static String display(Object value) {
		return (value == null || value.toString().isBlank()) ? "∅" : value.toString();
	}

}
