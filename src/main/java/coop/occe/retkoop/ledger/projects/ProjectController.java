package coop.occe.retkoop.ledger.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import coop.occe.retkoop.ledger.FiscalYear;
import coop.occe.retkoop.ledger.Ledger;
import coop.occe.retkoop.ledger.web.Dates;
import coop.occe.retkoop.ledger.web.OpenYear;
import coop.occe.retkoop.platform.Forms;
import coop.occe.retkoop.shared.Actor;
import coop.occe.retkoop.shared.CurrentActor;
import coop.occe.retkoop.shared.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Projects, actions and themes of the year, and the report of each one (charges,
 * products, result of the entries tagged with it).
 */
@Controller
class ProjectController {

	private final Ledger ledger;

	private final Projects projects;

	ProjectController(Ledger ledger, Projects projects) {
		this.projects = projects;
		this.ledger = ledger;
	}

	/**
	 * The projects; "Actions péda." of a class on the adhésion page opens it with that
	 * class ready in the new project's form and its projects first.
	 */
	@GetMapping("/coop/comptabilite/projets")
	String list(@RequestParam(name = "classe", defaultValue = "") String className, Model model) {
		ProjectForm form = new ProjectForm();
		form.setClassName(className.strip());
		model.addAttribute("form", form);
		model.addAttribute("classe", className.strip());
		return show(year(), model);
	}

	@PostMapping("/coop/comptabilite/projets")
	String create(@ModelAttribute("form") ProjectForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FiscalYear year = year();
		List<Problem> problems = new ArrayList<>();
		LocalDate startsOn = date(form.getStartsOn(), "startsOn", problems);
		LocalDate endsOn = date(form.getEndsOn(), "endsOn", problems);
		if (problems.isEmpty()) {
			problems.addAll(this.projects.createProject(year, form.getName(), form.getClassName(), startsOn, endsOn));
		}
		if (!problems.isEmpty()) {
			Forms.reject(errors, problems);
			return show(year, model);
		}
		redirect.addFlashAttribute("notice", "ledger.project.created");
		return "redirect:/coop/comptabilite/projets";
	}

	@GetMapping("/coop/comptabilite/projets/{projectId}")
	String report(@PathVariable long projectId, Model model) {
		FiscalYear year = year();
		Project project = this.projects.project(year, projectId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("project", project);
		model.addAttribute("report", this.projects.projectReport(year, project));
		return "ledger/project";
	}

	private String show(FiscalYear year, Model model) {
		String className = (String) model.getAttribute("classe");
		model.addAttribute("projects",
				this.projects.projects(year)
					.stream()
					.sorted(java.util.Comparator.comparing((Project p) -> className == null || className.isEmpty()
							|| !className.equalsIgnoreCase(p.className())))
					.toList());
		return "ledger/projects";
	}

	private static LocalDate date(String typed, String field, List<Problem> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		Optional<LocalDate> date = Dates.parse(typed);
		if (date.isEmpty()) {
			problems.add(Problem.of(field, "ledger.date.format"));
		}
		return date.orElse(null);
	}

	private FiscalYear year() {
		return OpenYear.of(this.ledger);
	}

	/** A new project as typed. */
	public static class ProjectForm {

		private String name = "";

		private String className = "";

		private String startsOn = "";

		private String endsOn = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = (name != null) ? name : "";
		}

		public String getClassName() {
			return this.className;
		}

		public void setClassName(String className) {
			this.className = (className != null) ? className : "";
		}

		public String getStartsOn() {
			return this.startsOn;
		}

		public void setStartsOn(String startsOn) {
			this.startsOn = (startsOn != null) ? startsOn : "";
		}

		public String getEndsOn() {
			return this.endsOn;
		}

		public void setEndsOn(String endsOn) {
			this.endsOn = (endsOn != null) ? endsOn : "";
		}

	}

}
