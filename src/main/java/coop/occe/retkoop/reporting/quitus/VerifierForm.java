package coop.occe.retkoop.reporting.quitus;

/** The "Ajouter un vérificateur" form, as typed. */
public class VerifierForm {

	private String name = "";

	private String email = "";

	private String quality = "";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = (name != null) ? name : "";
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email : "";
	}

	public String getQuality() {
		return this.quality;
	}

	public void setQuality(String quality) {
		this.quality = (quality != null) ? quality : "";
	}

}
