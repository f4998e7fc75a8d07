package coop.occe.retkoop.ledger.projects;

import java.time.LocalDate;

/**
 * A project, action or theme of the cooperative's year (a class trip, the photos…).
 */
public record Project(long id, String name, String className, LocalDate startsOn, LocalDate endsOn) {

}
