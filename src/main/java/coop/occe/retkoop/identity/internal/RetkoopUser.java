package coop.occe.retkoop.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor.ActorPrincipal;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal: the {@link Actor} and whether the password must be changed
 * first.
 */
public class RetkoopUser implements UserDetails, CredentialsContainer, ActorPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final String displayName;

	private final boolean mustChangePassword;

	private final boolean enabled;

	private String passwordHash;

	RetkoopUser(Actor actor, String displayName, String passwordHash, boolean mustChangePassword, boolean enabled) {
		this.actor = actor;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.enabled = enabled;
	}

	static RetkoopUser of(Account account) {
		return new RetkoopUser(account.actor(), account.displayName(), account.passwordHash(),
				account.mustChangePassword(), account.enabled());
	}

	public RetkoopUser withPasswordChanged() {
		return new RetkoopUser(this.actor, this.displayName, null, false, this.enabled);
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.actor.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.login();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
