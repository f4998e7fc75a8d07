package coop.occe.retkoop.membership.internal;

/**
 * A class as the mandataire typed it, already checked.
 */
public record ClassData(String name, String teachers, String email, int teacherCount, int pupilCount) {

}
