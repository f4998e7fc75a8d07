-- The AD's settings of the books that are not part of the chart: the ceiling of a régie d'avance.
CREATE TABLE ledger_settings (
	association_id BIGINT NOT NULL PRIMARY KEY,
	advance_ceiling_cents BIGINT NOT NULL
);
