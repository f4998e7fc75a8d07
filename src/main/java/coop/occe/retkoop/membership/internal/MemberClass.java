package coop.occe.retkoop.membership.internal;

import coop.occe.retkoop.platform.Texts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One class of the school as declared: its name or level, its teachers and their e-mail,
 * how many teachers and pupils it has.
 */
public record MemberClass(long id, long adhesionId, String name, String teachers, String email, int teacherCount,
		int pupilCount) {

	public int total() {
		return this.teacherCount + this.pupilCount;
	}

	Map<String, Object> auditValues(Texts texts) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put(texts.text("membership.audit.field.class"), this.name);
		values.put(texts.text("membership.audit.field.teachers"), this.teachers);
		values.put(texts.text("membership.audit.field.email"), this.email);
		values.put(texts.text("membership.audit.field.teacherCount"), this.teacherCount);
		values.put(texts.text("membership.audit.field.pupilCount"), this.pupilCount);
		return values;
	}

}
