package coop.occe.retkoop.reporting.cra;

/**
 * A question of the CRA and the cooperative's answer in words, as the CRF prints it and
 * its snapshot keeps it (an empty answer when none was given).
 */
public record ActivityAnswer(String question, String answer) {

}
