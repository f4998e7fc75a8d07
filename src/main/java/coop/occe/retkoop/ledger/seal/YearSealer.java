package coop.occe.retkoop.ledger.seal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.YearClosingStep;

import org.springframework.stereotype.Component;

/**
 * Seals a year as it is closed: chains its entries and writes the seal in the closing
 * transaction, while the year's row is locked against new entries.
 */
@Component
class YearSealer implements YearClosingStep {

	private final SealRepository seals;

	private final Clock clock;

	YearSealer(SealRepository seals, Clock clock) {
		this.seals = seals;
		this.clock = clock;
	}

	@Override
	public void yearClosing(FiscalYear year) {
		List<SealChain.Link> links = SealChain.links(year.id(), this.seals.entries(year.id()));
		this.seals.insert(year.id(), year.cooperativeId(), year.associationId(), OffsetDateTime.now(this.clock), links,
				SealChain.head(year.id(), links));
	}

}
