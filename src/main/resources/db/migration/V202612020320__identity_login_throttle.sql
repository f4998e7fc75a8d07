-- Failed logins are counted per identifiant typed AND per source address: guesses from one
-- place slow down (growing blocks) without keeping the owner out from their usual place.
-- A row is reserved (attempts + 1) before the password is checked, so that parallel
-- attempts on several nodes cannot check more passwords than allowed.
CREATE TABLE identity_login_throttle (
	login VARCHAR(200) NOT NULL,
	source VARCHAR(60) NOT NULL,
	attempts INT NOT NULL,
	locks INT NOT NULL,
	last_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
	blocked_until TIMESTAMP WITH TIME ZONE,
	CONSTRAINT identity_login_throttle_pk PRIMARY KEY (login, source)
);
CREATE INDEX identity_login_throttle_recent ON identity_login_throttle (login, last_attempt_at);

-- The account itself is locked only when failures come from many sources at once (a
-- distributed attack); its owner receives a link that lifts the lock. Only a hash of the
-- link's token is stored.
CREATE TABLE identity_account_lock (
	login VARCHAR(200) NOT NULL PRIMARY KEY,
	locked_at TIMESTAMP WITH TIME ZONE NOT NULL,
	locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
	unlock_token_hash VARCHAR(64)
);

DROP TABLE identity_login_failure;

-- Logins are e-mails of up to 200 characters: the session's principal must hold them all.
ALTER TABLE SPRING_SESSION ALTER COLUMN PRINCIPAL_NAME SET DATA TYPE VARCHAR(200);
