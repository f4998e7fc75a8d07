package coop.occe.retkoop.directory;

public enum CooperativeStatus {

	ACTIVE, CLOSED

}
