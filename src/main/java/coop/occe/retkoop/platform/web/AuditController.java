package coop.occe.retkoop.platform.web;

import coop.occe.retkoop.platform.AuditTrail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail of an association, for its staff.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail auditTrail;

	AuditController(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping("/ad/{associationId}/journal")
	String journal(@PathVariable long associationId, @RequestParam(defaultValue = "0") int page, Model model) {
		long total = this.auditTrail.countOfAssociation(associationId);
		// A page past the end (typed in the address) shows the last one.
		int safePage = (int) Math.min(Math.max(0, page), Math.max(0, (total - 1) / PAGE_SIZE));
		model.addAttribute("associationId", associationId);
		model.addAttribute("lines", this.auditTrail.linesOfAssociation(associationId, safePage, PAGE_SIZE));
		model.addAttribute("page", safePage);
		model.addAttribute("hasNext", (long) (safePage + 1) * PAGE_SIZE < total);
		model.addAttribute("total", total);
		return "platform/journal";
	}

}
