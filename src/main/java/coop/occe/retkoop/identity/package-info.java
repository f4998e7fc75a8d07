/**
 * Accounts, login by identifiant or e-mail, roles, lock-out, password change and reset.
 */
package coop.occe.retkoop.identity;
