/**
 * The cooperatives' books: chart of accounts, fiscal years, balanced entries with their
 * voucher numbers, the cash book and the position to date.
 */
package coop.occe.retkoop.ledger;
