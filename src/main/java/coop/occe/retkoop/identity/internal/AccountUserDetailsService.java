package coop.occe.retkoop.identity.internal;

import coop.occe.retkoop.identity.Identifiant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String typed) {
		return this.accounts.findByLogin(Identifiant.normalizeLogin(typed))
			.map(RetkoopUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown login"));
	}

}
