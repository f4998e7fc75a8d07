package coop.occe.retkoop.ledger.classbooks;

/**
 * The cash book of one class of a cooperative, kept by its teacher.
 */
public record ClassBook(long id, long cooperativeId, String className, long teacherAccountId, String teacherName,
		String teacherEmail) {

}
