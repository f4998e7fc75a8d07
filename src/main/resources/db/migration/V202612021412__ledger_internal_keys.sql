-- Internal idempotency keys get their own namespace ("interne:"), which the web forms
-- cannot send. Entries already posted by accepting a class line move into it; an entry
-- a user posted with such a key keeps it and no longer blocks that line.
UPDATE ledger_entry SET idempotency_key = 'interne:' || idempotency_key
WHERE idempotency_key LIKE 'classe-ligne-%'
AND id IN (SELECT entry_id FROM ledger_class_line WHERE entry_id IS NOT NULL);
