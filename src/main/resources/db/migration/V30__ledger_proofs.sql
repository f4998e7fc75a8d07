-- Proofs attached to entries (the letter of a commune granting a subsidy, say), kept with the books.
CREATE TABLE ledger_proof (
	entry_id BIGINT NOT NULL PRIMARY KEY REFERENCES ledger_entry (id),
	cooperative_id BIGINT NOT NULL,
	file_name VARCHAR(200) NOT NULL,
	content_type VARCHAR(60) NOT NULL,
	size_bytes BIGINT NOT NULL,
	uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	content ${blob} NOT NULL
);
