-- A régie may be given to the teacher of a class book: the teacher's expenses on the régie
-- are accepted one by one (charge against 467), so the régie shows what is left of it.
-- An open régie is carried into the next year (its remainder becomes the new year's régie).
ALTER TABLE ledger_advance ADD COLUMN class_book_id BIGINT REFERENCES ledger_class_book (id);
ALTER TABLE ledger_advance ADD COLUMN spent BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE ledger_advance ADD COLUMN carried_from_id BIGINT REFERENCES ledger_advance (id);
ALTER TABLE ledger_advance ALTER COLUMN payment_entry_id DROP NOT NULL;
CREATE INDEX ledger_advance_class_book ON ledger_advance (class_book_id);
CREATE UNIQUE INDEX ledger_advance_carried_uk ON ledger_advance (carried_from_id);

-- A class line paid with the class's régie.
ALTER TABLE ledger_class_line ADD COLUMN advance_id BIGINT REFERENCES ledger_advance (id);

-- What was still in open régies on 1 September, carried from the previous year.
ALTER TABLE ledger_fiscal_year ADD COLUMN opening_advances BIGINT DEFAULT 0 NOT NULL;
