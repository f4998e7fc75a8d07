package coop.occe.retkoop.platform;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import coop.occe.retkoop.ledger.EntryPosted;
import coop.occe.retkoop.membership.MembershipValidated;
import coop.occe.retkoop.shared.Money;
import coop.occe.retkoop.shared.SchoolYear;
import coop.occe.retkoop.support.TestData.TestCooperative;
import coop.occe.retkoop.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The events the modules publish go through Spring Modulith's JDBC event publication
 * registry: each one is stored as text (Money, SchoolYear, dates inside) and read back
 * equal when its listener runs or runs again, and a publication left incomplete (its node
 * died before the listener finished) is handed again to its listener.
 */
class EventSerializationTests extends WebTestSupport {

	static final String PASSWORD_RESET_REQUESTED = "coop.occe.retkoop.identity.internal.PasswordResetRequested";

	@Autowired
	private EventSerializer serializer;

	@Autowired
	private EventPublicationRegistry registry;

	@Autowired
	private EventRepublication republication;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private Clock clock;

	@Test
	void everyPublishedEventComesBackEqualFromTheRegistrysText() throws Exception {
		Map<Class<?>, Object> samples = new LinkedHashMap<>();
		samples.put(MembershipValidated.class, new MembershipValidated(12, 345, new SchoolYear(2026), 27, 3,
				Money.of("123.45"), Money.of("-0.07"), "ATT-2026-0345 « é »"));
		samples.put(EntryPosted.class,
				new EntryPosted(345, 678, "2026-0042", LocalDate.of(2026, 9, 30), Money.ofCents(-9_999_999_999L)));
		samples.put(Class.forName(PASSWORD_RESET_REQUESTED), passwordResetRequested("046-0734"));

		Set<String> published = publishedEventTypes();
		assertThat(published).hasSizeGreaterThanOrEqualTo(3);
		assertThat(samples.keySet()).extracting(Class::getName)
			.as("an example of each event the modules publish")
			.containsExactlyInAnyOrderElementsOf(published);

		for (Object event : samples.values()) {
			Object serialized = this.serializer.serialize(event);
			assertThat(serialized).as("%s stored as text", event).isInstanceOf(String.class);
			assertThat(this.serializer.deserialize(serialized, event.getClass()))
				.as("%s read back from %s", event, serialized)
				.isEqualTo(event);
		}
	}

	@Test
	void anIncompletePublicationIsHandedAgainToItsListener() throws Exception {
		TestCooperative coop = this.data.readyCooperative(this.data.association("OCCE Relance"), "Coopérative Relance");
		Object event = passwordResetRequested(coop.login());
		// The listener's identifier, as the registry stores it when the event is
		// published
		// (in a transaction rolled back, so that the listener does not run).
		PublicationTargetIdentifier listener = PublicationTargetIdentifier
			.of(new TransactionTemplate(this.transactions).execute((status) -> {
				this.events.publishEvent(event);
				status.setRollbackOnly();
				return this.jdbc.sql("SELECT listener_id FROM event_publication WHERE event_type = ?")
					.param(PASSWORD_RESET_REQUESTED)
					.query(String.class)
					.single();
			}));
		// Stored as at publication, then its node died before the listener ran.
		UUID id = this.registry.store(event, Stream.of(listener))
			.stream()
			.map(TargetEventPublication::getIdentifier)
			.findFirst()
			.orElseThrow();
		// the registry reads its time from the application's clock
		this.jdbc.sql("UPDATE event_publication SET publication_date = ? WHERE id = ?")
			.params(OffsetDateTime.now(this.clock).minus(EventRepublication.GRACE).minusMinutes(1), id)
			.update();

		// due now, whatever ran the job last (another test's nodes on this database)
		this.jdbc.sql("DELETE FROM platform_job_lock WHERE name = 'platform.event-republication'").update();
		this.republication.republishIncompleteEvents();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE id = ?")
				.param(id)
				.query(Long.class)
				.single()).as("publication completed (and deleted)").isZero());
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM identity_password_reset r JOIN identity_account a ON a.id = r.account_id
				WHERE a.login = ?""").param(coop.login()).query(Long.class).single())
			.as("the listener made the reset link")
			.isEqualTo(1);
	}

	/**
	 * The types the main code publishes ({@code publishEvent(new X(…))}, the one way the
	 * modules publish), by their full names.
	 */
	private static Set<String> publishedEventTypes() throws IOException {
		Pattern publish = Pattern.compile("publishEvent\\(new (\\w+)\\(");
		Set<String> types = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher matcher = publish.matcher(source);
				while (matcher.find()) {
					types.add(fullName(source, file, matcher.group(1)));
				}
			}
		}
		return types;
	}

	private static String fullName(String source, Path file, String simpleName) {
		Matcher imported = Pattern.compile("import ([\\w.]+\\." + simpleName + ");").matcher(source);
		if (imported.find()) {
			return imported.group(1);
		}
		Matcher pkg = Pattern.compile("package ([\\w.]+);").matcher(source);
		assertThat(pkg.find()).as("package of %s", file).isTrue();
		return pkg.group(1) + "." + simpleName;
	}

	private static Object passwordResetRequested(String typedLogin) throws Exception {
		Constructor<?> constructor = Class.forName(PASSWORD_RESET_REQUESTED).getDeclaredConstructor(String.class);
		constructor.setAccessible(true);
		return constructor.newInstance(typedLogin);
	}

}
