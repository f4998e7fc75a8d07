/**
 * The cooperative's year end and the reports built from its books: the compte rendu
 * financier (CRF) with its checks, the compte rendu d'activité (CRA), the quitus of the
 * vérificateurs, sending, locking and unlocking with versions.
 */
package coop.occe.retkoop.reporting;
