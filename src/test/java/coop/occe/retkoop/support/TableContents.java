package coop.occe.retkoop.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the rows of some tables hold, to tell whether a request changed any of them: per
 * table the number of rows and the sum of a digest of every row (every column, bytes
 * included), so that a change to any value of any row shows, in whatever order the rows
 * come, without keeping the rows themselves.
 */
public final class TableContents {

	private TableContents() {
	}

	/** Table name → "rows:digest". */
	public static Map<String, String> of(JdbcClient jdbc, List<String> tables) {
		Map<String, String> contents = new LinkedHashMap<>();
		for (String table : tables) {
			long[] sum = new long[2];
			jdbc.sql("SELECT * FROM " + table).query((rs) -> {
				int columns = rs.getMetaData().getColumnCount();
				Map<String, String> row = new TreeMap<>();
				for (int i = 1; i <= columns; i++) {
					Object value = rs.getObject(i);
					row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
							(value instanceof byte[] bytes) ? "bytes" + bytes.length + ":" + Arrays.hashCode(bytes)
									: String.valueOf(value));
				}
				sum[0]++;
				sum[1] += digest(row.toString());
			});
			contents.put(table, sum[0] + ":" + Long.toHexString(sum[1]));
		}
		return contents;
	}

	/** The tables whose contents differ. */
	public static List<String> changed(Map<String, String> before, Map<String, String> after) {
		return before.keySet().stream().filter((table) -> !before.get(table).equals(after.get(table))).toList();
	}

	private static long digest(String row) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(hash).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
