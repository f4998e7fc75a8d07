-- ADs that prefer it let the mandataire sign the engagement with a click, the audit trail being the proof.
ALTER TABLE membership_settings ADD COLUMN allows_click_to_sign BOOLEAN DEFAULT FALSE NOT NULL;
