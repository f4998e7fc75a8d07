-- The totals of each account per month of a fiscal year, kept in the transaction that
-- posts, corrects or cancels an entry, so that the position, the bilan and the CRF read
-- totals instead of adding every line of the year again. month_key is yyyymm;
-- line_count tells an account without lines from one whose lines add up to zero.
CREATE TABLE ledger_month_total (
	fiscal_year_id BIGINT NOT NULL REFERENCES ledger_fiscal_year (id),
	month_key INT NOT NULL,
	account_code VARCHAR(10) NOT NULL,
	amount BIGINT NOT NULL,
	line_count INT NOT NULL,
	PRIMARY KEY (fiscal_year_id, month_key, account_code)
);

INSERT INTO ledger_month_total (fiscal_year_id, month_key, account_code, amount, line_count)
SELECT fiscal_year_id, CAST(EXTRACT(YEAR FROM entry_date) * 100 + EXTRACT(MONTH FROM entry_date) AS INT),
	account_code, SUM(amount), COUNT(*)
FROM ledger_line
GROUP BY fiscal_year_id, CAST(EXTRACT(YEAR FROM entry_date) * 100 + EXTRACT(MONTH FROM entry_date) AS INT),
	account_code;

-- The lines of an account in a year (68… durable purchases, 74… subsidies) without
-- reading the year's other lines.
CREATE INDEX ledger_line_account ON ledger_line (fiscal_year_id, account_code);
