package coop.occe.retkoop.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import coop.occe.retkoop.directory.AssociationSummary;
import coop.occe.retkoop.directory.CooperativeSummary;
import coop.occe.retkoop.directory.Directory;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.SchoolYear;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the layout's header shows on every page: the AD, the cooperative and its number,
 * the school year.
 */
@ControllerAdvice
class HeaderAdvice {

	private final Directory directory;

	private final Clock clock;

	HeaderAdvice(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	@ModelAttribute("header")
	Header header(HttpServletRequest request) {
		SchoolYear year = SchoolYear.containing(LocalDate.now(this.clock));
		Actor actor = CurrentActor.find().orElse(null);
		if (actor == null) {
			return new Header(null, null, year, null, false, false, false);
		}
		CooperativeSummary coop = (actor.cooperativeId() != null)
				? this.directory.cooperative(actor.cooperativeId()).orElse(null) : null;
		Long associationId = actor.associationId();
		if (associationId == null) {
			associationId = pathAssociationId(request);
		}
		AssociationSummary association = null;
		if (associationId != null && (coop != null || actor.mayManageAssociation(associationId))) {
			association = this.directory.association(associationId).orElse(null);
		}
		return new Header(association, coop, year, actor.login(), actor.isMandatary(),
				actor.isAssociationStaff() || actor.isFederationAdmin(), actor.isFederationAdmin());
	}

	private static Long pathAssociationId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("associationId") instanceof String id) {
			try {
				return Long.valueOf(id);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/** The header's content. */
	record Header(AssociationSummary association, CooperativeSummary cooperative, SchoolYear schoolYear, String login,
			boolean mandatary, boolean staff, boolean federationAdmin) {

	}

}
