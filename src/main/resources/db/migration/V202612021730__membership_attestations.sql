-- Every attestation ever issued, so that a reference handed out stays answerable: valid,
-- withdrawn when the AD reopened the adhésion, or replaced by the next validation's.
CREATE TABLE membership_attestation (
	reference VARCHAR(40) PRIMARY KEY,
	adhesion_id BIGINT NOT NULL REFERENCES membership_adhesion (id),
	issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
	withdrawn_at TIMESTAMP WITH TIME ZONE,
	replaced_by VARCHAR(40)
);

CREATE INDEX membership_attestation_adhesion_ix ON membership_attestation (adhesion_id);

INSERT INTO membership_attestation (reference, adhesion_id, issued_at)
SELECT attestation_reference, id, validated_at FROM membership_adhesion
WHERE attestation_reference IS NOT NULL AND validated_at IS NOT NULL;
