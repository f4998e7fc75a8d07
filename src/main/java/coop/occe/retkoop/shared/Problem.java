package coop.occe.retkoop.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Something wrong with what a user typed or asked, for every module: the field it belongs
 * to (null for the whole form), the French message key and its arguments. The arguments
 * are a list, so that two problems with equal arguments are equal. Serializable, so that
 * a refusal can be shown after a redirect (a flash attribute lives in the session).
 */
public record Problem(String field, String code, List<Object> arguments) implements Serializable {

	public Problem {
		arguments = List.copyOf(arguments);
	}

	public static Problem of(String field, String code, Object... arguments) {
		return new Problem(field, code, Arrays.asList(arguments));
	}

	/** The arguments as a message source wants them. */
	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

}
