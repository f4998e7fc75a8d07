package coop.occe.retkoop.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words the modules write themselves (audit trail, outbox, stored file names) moved
 * from Java to the message files without changing: each key gives the text the Java
 * literal gave, since stored audit entries and what the AD reads must stay the same.
 */
class WrittenTextsTests {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void textsWithoutArgumentsAreTheFormerLiterals() {
		Map<String, String> former = new LinkedHashMap<>();
		former.put("mail.redacted", "[masqué]");
		former.put("import.defaultFileName", "fichier.csv");
		former.put("membership.audit.engagement", "Engagement du mandataire");
		former.put("membership.audit.mandataryChange", "Changement de mandataire");
		former.put("membership.audit.pending", "en attente");
		former.put("membership.audit.applied", "appliquée");
		former.put("membership.audit.field.state", "état");
		former.put("membership.audit.field.review", "abonnement A&É");
		former.put("membership.audit.field.attestationReference", "référence d’attestation");
		former.put("membership.audit.field.pupilCount", "nombre d’élèves");
		former.put("membership.audit.field.teacherCount", "nombre d’enseignants");
		former.put("membership.audit.field.copiedClasses", "classes copiées");
		former.put("membership.audit.field.members", "coopérateurs");
		former.put("membership.audit.field.newMandatary", "nouveau mandataire");
		former.put("membership.audit.tariff.closesOn", "clôture");
		former.put("membership.audit.tariff.adhesionPerPupil", "adhésion par élève");
		former.put("membership.audit.tariff.federalShare", "part fédérale");
		former.put("membership.audit.tariff.immediateDebit", "prélèvement immédiat");
		former.put("membership.audit.tariff.decemberDebit", "prélèvement en décembre");
		former.put("membership.audit.tariff.cheque", "chèque");
		former.put("membership.file.engagement", "engagement");
		former.put("membership.file.engagementSignedOnline", "engagement-signe-en-ligne.pdf");
		former.put("membership.file.mandataryChange", "demande");
		former.put("directory.audit.field.number", "numero");
		former.put("directory.audit.field.schoolEmail", "courriel_ecole");
		former.put("directory.audit.field.postalCode", "code_postal");
		former.put("directory.audit.field.randomInitialPasswords", "mots_de_passe_initiaux_aleatoires");
		former.put("directory.audit.field.status", "statut");
		former.put("identity.audit.field.name", "nom");
		former.put("identity.audit.field.email", "courriel");
		former.forEach((key, text) -> assertThat(text(key)).as(key).isEqualTo(text));
	}

	@Test
	void textsWithArgumentsGiveTheFormerConcatenations() {
		assertThat(text("membership.audit.adhesion", "2026-2027")).isEqualTo("Adhésion 2026-2027");
		assertThat(text("membership.audit.tariffs", "2026-2027")).isEqualTo("Tarifs d’adhésion 2026-2027");
		assertThat(text("membership.audit.class", "CM1 {0} l'atelier")).isEqualTo("Classe CM1 {0} l'atelier");
		assertThat(text("membership.audit.classesOf", "2025-2026")).isEqualTo("Classes de 2025-2026");
		// Formerly DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").
		assertThat(text("membership.engagement.signedOnline.time", "02/12/2026", "14:05"))
			.isEqualTo("02/12/2026 à 14:05");
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.FRENCH);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages-membership", "messages-ledger");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
