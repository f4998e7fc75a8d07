package coop.occe.retkoop.platform.web;

import java.util.Map;

import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses any URL carrying an {@code associationId} the signed-in person may not manage.
 * Because it reads the path variable, every new AD page is guarded without extra code.
 */
class AssociationScopeInterceptor implements HandlerInterceptor {

	static final String ASSOCIATION_ID = "associationId";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables == null || !variables.containsKey(ASSOCIATION_ID)) {
			return true;
		}
		long associationId;
		try {
			associationId = Long.parseLong(variables.get(ASSOCIATION_ID));
		}
		catch (NumberFormatException ex) {
			throw new AccessDeniedException("Malformed association id");
		}
		Actor actor = CurrentActor.find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!actor.mayManageAssociation(associationId)) {
			throw new AccessDeniedException("Association " + associationId + " is not managed by " + actor.login());
		}
		return true;
	}

}
