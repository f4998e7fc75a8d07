package coop.occe.retkoop.platform;

/**
 * A form came back with a value its page never offers (a hidden field or a choice changed
 * by hand): not a typing mistake to explain next to a field but a forged request, refused
 * whole with the French 400 page before anything is saved.
 */
public class NotOffered extends RuntimeException {

	public NotOffered(String field) {
		super("Value not offered by its page: " + field);
	}

}
