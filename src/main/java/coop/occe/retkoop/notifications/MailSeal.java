package coop.occe.retkoop.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the body of a mail waiting in the outbox (AES-256-GCM), so that its secrets
 * (reset links, initial passwords) are never stored in clear. The key comes from
 * {@code retkoop.mail.secret-key} (base64 of 32 bytes, {@code RETKOOP_MAIL_KEY}); without
 * one, and only where {@code retkoop.mail.key-file} is set (the embedded default), a key
 * is generated once and kept in that file.
 */
@Component
class MailSeal {

	private static final Logger log = LoggerFactory.getLogger(MailSeal.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	MailSeal(@Value("${retkoop.mail.secret-key:}") String configuredKey,
			@Value("${retkoop.mail.key-file:}") String keyFile) {
		this.key = new SecretKeySpec(keyBytes(configuredKey, keyFile), "AES");
	}

	byte[] seal(String body) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] encrypted = cipher.doFinal(body.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = new byte[NONCE_BYTES + encrypted.length];
			System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
			System.arraycopy(encrypted, 0, sealed, NONCE_BYTES, encrypted.length);
			return sealed;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt a mail body", ex);
		}
	}

	/** The body; fails if the key changed since the mail was sealed or it was altered. */
	String open(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt a mail body (was the mail key changed?)", ex);
		}
	}

	private static byte[] keyBytes(String configuredKey, String keyFile) {
		if (configuredKey != null && !configuredKey.isBlank()) {
			return decode(configuredKey.strip(), "retkoop.mail.secret-key");
		}
		if (keyFile == null || keyFile.isBlank()) {
			throw new IllegalStateException(
					"No key for the mail outbox: set RETKOOP_MAIL_KEY (retkoop.mail.secret-key) to the base64 of 32 random bytes, e.g. `openssl rand -base64 32`");
		}
		Path path = Path.of(keyFile);
		try {
			if (Files.exists(path)) {
				return decode(Files.readString(path).strip(), path.toString());
			}
			byte[] fresh = new byte[32];
			RANDOM.nextBytes(fresh);
			if (path.getParent() != null) {
				Files.createDirectories(path.getParent());
			}
			Files.writeString(path, Base64.getEncoder().encodeToString(fresh) + "\n");
			try {
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the file keeps the directory's permissions
			}
			log.info("Generated the mail outbox key in {}", path.toAbsolutePath());
			return fresh;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the mail key file " + path, ex);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " is not base64", ex);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(source + " must be 32 bytes (base64 of 32 random bytes)");
		}
		return bytes;
	}

}
