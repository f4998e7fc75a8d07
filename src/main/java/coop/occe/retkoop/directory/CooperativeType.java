package coop.occe.retkoop.directory;

/**
 * A school's cooperative, a single class's, or another kind.
 */
public enum CooperativeType {

	SCHOOL, CLASS, OTHER

}
