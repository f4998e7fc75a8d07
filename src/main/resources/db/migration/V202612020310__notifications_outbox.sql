-- The mail outbox: a mail is a row written in the transaction that causes it, sent after
-- commit, retried with back-off. "body" stays the redacted copy the AD's page shows;
-- "sealed_body" is the body to send, encrypted (AES-GCM), wiped once sent or given up.
ALTER TABLE notifications_mail ADD COLUMN sealed_body ${blob};
ALTER TABLE notifications_mail ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE notifications_mail ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notifications_mail ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE notifications_mail ADD COLUMN claim_token VARCHAR(36);
ALTER TABLE notifications_mail ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notifications_mail ADD COLUMN last_error VARCHAR(500);
CREATE INDEX notifications_mail_due ON notifications_mail (status, next_attempt_at);
