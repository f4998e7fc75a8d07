package coop.occe.retkoop.membership.web;

import java.util.Optional;
import java.util.regex.Pattern;

import coop.occe.retkoop.membership.internal.ClassData;
import coop.occe.retkoop.membership.internal.MemberClass;

import org.springframework.validation.Errors;

/**
 * One row of the classes table as typed. Counts are kept as text so that whatever was
 * typed comes back with its error message.
 */
public class ClassForm {

	static final int LARGE_CLASS = 40;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]{2,}$");

	private static final Pattern WHOLE = Pattern.compile("^\\d{1,4}$");

	private String name = "";

	private String teachers = "";

	private String email = "";

	private String teacherCount = "";

	private String pupilCount = "";

	private boolean confirmLarge;

	/** True once the form asked to confirm a large class: the page then shows the box. */
	private boolean askConfirmation;

	static ClassForm of(MemberClass c) {
		ClassForm form = new ClassForm();
		form.name = c.name();
		form.teachers = c.teachers();
		form.email = c.email();
		form.teacherCount = Integer.toString(c.teacherCount());
		form.pupilCount = Integer.toString(c.pupilCount());
		form.confirmLarge = c.pupilCount() > LARGE_CLASS;
		return form;
	}

	/** The checked row, or empty with the errors recorded next to their fields. */
	Optional<ClassData> check(Errors errors) {
		String cleanName = strip(this.name);
		if (cleanName.isEmpty()) {
			errors.rejectValue("name", "membership.class.name.required");
		}
		else if (cleanName.length() > 100) {
			errors.rejectValue("name", "membership.class.name.tooLong");
		}
		String cleanTeachers = strip(this.teachers);
		if (cleanTeachers.length() > 300) {
			errors.rejectValue("teachers", "membership.class.teachers.tooLong");
		}
		String cleanEmail = strip(this.email);
		if (cleanEmail.length() > 300) {
			errors.rejectValue("email", "membership.class.email.invalid");
		}
		else if (!cleanEmail.isEmpty()) {
			for (String address : cleanEmail.split("[,;\\s]+")) {
				if (!address.isEmpty() && !EMAIL.matcher(address).matches()) {
					errors.rejectValue("email", "membership.class.email.invalid", new Object[] { address }, null);
					break;
				}
			}
		}
		Integer teachersCount = whole(this.teacherCount, "teacherCount", errors);
		if (teachersCount != null && teachersCount < 1) {
			errors.rejectValue("teacherCount", "membership.class.teacherCount.atLeastOne");
		}
		Integer pupils = whole(this.pupilCount, "pupilCount", errors);
		if (pupils != null && pupils > LARGE_CLASS && !this.confirmLarge) {
			this.askConfirmation = true;
			errors.rejectValue("pupilCount", "membership.class.pupilCount.confirm", new Object[] { pupils }, null);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new ClassData(cleanName, cleanTeachers, cleanEmail.replaceAll("\\s*[,;]\\s*", ", "),
				teachersCount, pupils));
	}

	private static Integer whole(String typed, String field, Errors errors) {
		String text = strip(typed);
		if (text.isEmpty()) {
			errors.rejectValue(field, "membership.class.count.required");
			return null;
		}
		if (!WHOLE.matcher(text).matches()) {
			errors.rejectValue(field, "membership.class.count.invalid");
			return null;
		}
		return Integer.valueOf(text);
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTeachers() {
		return this.teachers;
	}

	public void setTeachers(String teachers) {
		this.teachers = teachers;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getTeacherCount() {
		return this.teacherCount;
	}

	public void setTeacherCount(String teacherCount) {
		this.teacherCount = teacherCount;
	}

	public String getPupilCount() {
		return this.pupilCount;
	}

	public void setPupilCount(String pupilCount) {
		this.pupilCount = pupilCount;
	}

	public boolean isConfirmLarge() {
		return this.confirmLarge;
	}

	public void setConfirmLarge(boolean confirmLarge) {
		this.confirmLarge = confirmLarge;
	}

	public boolean isAskConfirmation() {
		return this.askConfirmation;
	}

}
