package coop.occe.retkoop.ledger.seal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import coop.occe.retkoop.ledger.seal.SealCheck.Outcome;
import coop.occe.retkoop.ledger.seal.SealRepository.StoredSeal;
import coop.occe.retkoop.shared.SchoolYear;

import org.springframework.stereotype.Service;

/**
 * The seals of the cooperatives' closed years: list them and check that the books are
 * still as sealed, naming the first entry that differs.
 */
@Service
public class Seals {

	private final SealRepository seals;

	Seals(SealRepository seals) {
		this.seals = seals;
	}

	/** Every seal of the cooperative, the latest years first. */
	public List<SealSummary> sealsOf(long cooperativeId) {
		List<StoredSeal> all = this.seals.sealsOf(cooperativeId);
		return all.stream()
			.map((s) -> new SealSummary(s.year(), s.number(), s.sealedAt(), s.entryCount(),
					all.stream().noneMatch((o) -> o.fiscalYearId() == s.fiscalYearId() && o.number() > s.number()),
					s.yearClosed()))
			.toList();
	}

	/**
	 * Checks the cooperative's year against its latest seal: intact, or what differs. A
	 * year reopened since its seal is not checked (its seal is history).
	 */
	public SealCheck verify(long cooperativeId, SchoolYear year) {
		Optional<StoredSeal> latest = this.seals.latest(cooperativeId, year);
		if (latest.isEmpty()) {
			return SealCheck.of(year, 0, Outcome.NOT_SEALED);
		}
		StoredSeal seal = latest.get();
		return seal.yearClosed() ? verify(seal) : SealCheck.of(year, seal.number(), Outcome.REOPENED);
	}

	SealCheck verify(StoredSeal seal) {
		List<SealChain.Link> sealed = this.seals.links(seal.id());
		List<SealChain.Link> found = SealChain.links(seal.fiscalYearId(), this.seals.entries(seal.fiscalYearId()));
		Set<Long> sealedIds = sealed.stream().map(SealChain.Link::entryId).collect(Collectors.toSet());
		Set<Long> foundIds = found.stream().map(SealChain.Link::entryId).collect(Collectors.toSet());
		for (int i = 0; i < Math.max(sealed.size(), found.size()); i++) {
			SealChain.Link was = (i < sealed.size()) ? sealed.get(i) : null;
			SealChain.Link is = (i < found.size()) ? found.get(i) : null;
			if (was == null || (is != null && !sealedIds.contains(is.entryId()))) {
				return difference(seal, Outcome.ADDED, is, sealed, found);
			}
			if (is == null || !foundIds.contains(was.entryId())) {
				return difference(seal, Outcome.REMOVED, was, sealed, found);
			}
			if (was.entryId() != is.entryId() || !was.hash().equals(is.hash())) {
				return difference(seal, Outcome.CHANGED, was, sealed, found);
			}
		}
		if (sealed.size() != seal.entryCount()
				|| !SealChain.head(seal.fiscalYearId(), sealed).equals(seal.headHash())) {
			return new SealCheck(seal.year(), seal.number(), Outcome.SEAL_ALTERED, null, null, seal.entryCount(),
					found.size());
		}
		return new SealCheck(seal.year(), seal.number(), Outcome.INTACT, null, null, seal.entryCount(), found.size());
	}

	private static SealCheck difference(StoredSeal seal, Outcome outcome, SealChain.Link entry,
			List<SealChain.Link> sealed, List<SealChain.Link> found) {
		return new SealCheck(seal.year(), seal.number(), outcome, entry.voucher(), entry.date(), sealed.size(),
				found.size());
	}

}
