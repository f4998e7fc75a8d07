/**
 * The sealed year: at each closing, a SHA-256 chain over the year's entries; checked on
 * request by the mandataire and the AD, and every day for every closed year. Published to
 * the other modules for the year end.
 */
@NamedInterface("seal")
package coop.occe.retkoop.ledger.seal;

import org.springframework.modulith.NamedInterface;
