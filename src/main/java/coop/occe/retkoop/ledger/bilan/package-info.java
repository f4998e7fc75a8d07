/**
 * The cooperative's bilan at a date of its year; published to the other modules for the
 * year end (the CRF is built from it).
 */
@NamedInterface("bilan")
package coop.occe.retkoop.ledger.bilan;

import org.springframework.modulith.NamedInterface;
