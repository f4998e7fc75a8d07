/**
 * The inventory of durable goods; published to the other modules for the insured value of
 * what a cooperative owns (the adhésion's property insurance).
 */
@NamedInterface("inventory")
package coop.occe.retkoop.ledger.inventory;

import org.springframework.modulith.NamedInterface;
