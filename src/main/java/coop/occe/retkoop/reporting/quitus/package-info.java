/**
 * The quitus on line ("Discharge"): the mandataire names the vérificateurs, each gives or
 * refuses quitus through a personal link to a read-only view of the year; or a scanned
 * paper quitus where the AD accepts one.
 */
package coop.occe.retkoop.reporting.quitus;
