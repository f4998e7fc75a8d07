/**
 * The associations départementales and their cooperatives: numbers, names, school, bank
 * account.
 */
package coop.occe.retkoop.directory;
