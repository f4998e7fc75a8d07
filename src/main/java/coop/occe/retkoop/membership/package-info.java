/**
 * The yearly adhésion of a cooperative: the AD's tariffs, the classes and coopérateurs,
 * fees and insurance, payment choice, signed engagement, validation and attestation.
 */
package coop.occe.retkoop.membership;
