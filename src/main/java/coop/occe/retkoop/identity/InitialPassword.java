package coop.occe.retkoop.identity;

/**
 * A password that works until its owner changes it. A random one is shown once to AD
 * staff.
 */
public record InitialPassword(String login, String value, boolean random) implements java.io.Serializable {

}
