package coop.occe.retkoop.membership.internal;

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

	Map<String, Object> auditValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("classe", this.name);
		values.put("enseignants", this.teachers);
		values.put("mel", this.email);
		values.put("nombre d’enseignants", this.teacherCount);
		values.put("nombre d’élèves", this.pupilCount);
		return values;
	}

}
