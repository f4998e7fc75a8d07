package coop.occe.retkoop.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import coop.occe.retkoop.platform.ScanCheck.Refusal;
import coop.occe.retkoop.support.Scans;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload is opened, not judged by its first bytes. */
class ScanCheckTests {

	@Test
	void realPdfsAndImagesAreAccepted() {
		assertThat(ScanCheck.check(Scans.pdf("décision")).contentType()).isEqualTo("application/pdf");
		assertThat(ScanCheck.check(Scans.png()).contentType()).isEqualTo("image/png");
		assertThat(ScanCheck.check(Scans.jpeg()).contentType()).isEqualTo("image/jpeg");
	}

	@Test
	void aPdfThatDoesNotParseOrHasNoPageIsRefused() throws Exception {
		assertThat(refusal("%PDF-".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Refusal.UNREADABLE);
		assertThat(refusal("%PDF-1.4 signé".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(Refusal.UNREADABLE);
		byte[] pdf = Scans.pdf("tronqué");
		assertThat(refusal(Arrays.copyOf(pdf, pdf.length / 3))).isEqualTo(Refusal.UNREADABLE);
		try (PDDocument empty = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			empty.save(out);
			assertThat(refusal(out.toByteArray())).as("no page").isEqualTo(Refusal.UNREADABLE);
		}
	}

	@Test
	void anImageThatDoesNotDecodeIsRefused() {
		byte[] png = Scans.png();
		assertThat(refusal(Arrays.copyOf(png, png.length / 2))).isEqualTo(Refusal.UNREADABLE);
		byte[] notAJpeg = Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }, 200);
		assertThat(refusal(notAJpeg)).isEqualTo(Refusal.UNREADABLE);
	}

	@Test
	void aDecompressionBombIsRefusedWithoutBeingUnpacked() {
		byte[] bomb = Scans.pngBomb();
		assertThat(bomb.length).isLessThan(100_000);
		assertThat(refusal(bomb)).isEqualTo(Refusal.TOO_MANY_PIXELS);
		// 100 000 × 100 000 pixels announced by a file of some bytes: refused from its
		// header.
		assertThat(refusal(pngHeader(100_000, 100_000))).isEqualTo(Refusal.TOO_MANY_PIXELS);
	}

	@Test
	void emptyTooLargeAndUnknownFilesAreRefusedAsBefore() {
		assertThat(refusal(new byte[0])).isEqualTo(Refusal.EMPTY);
		assertThat(refusal(Arrays.copyOf(Scans.png(), (int) ScanCheck.MAX_BYTES + 1))).isEqualTo(Refusal.TOO_LARGE);
		assertThat(refusal("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Refusal.WRONG_TYPE);
	}

	private static Refusal refusal(byte[] content) {
		ScanCheck.Result result = ScanCheck.check(content);
		assertThat(result.accepted()).as("refused").isFalse();
		return result.refusal();
	}

	/**
	 * A grey PNG whose header announces {@code width × height} and whose data is short.
	 */
	private static byte[] pngHeader(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		byte[] header = new byte[13];
		putInt(header, 0, width);
		putInt(header, 4, height);
		header[8] = 8;
		chunk(out, "IHDR", header);
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[width + 1]);
		deflater.finish();
		byte[] data = new byte[1024];
		int length = deflater.deflate(data);
		chunk(out, "IDAT", Arrays.copyOf(data, length));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] length = new byte[4];
		putInt(length, 0, data.length);
		out.writeBytes(length);
		byte[] typeAndData = new byte[4 + data.length];
		System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, typeAndData, 0, 4);
		System.arraycopy(data, 0, typeAndData, 4, data.length);
		out.writeBytes(typeAndData);
		CRC32 crc = new CRC32();
		crc.update(typeAndData);
		byte[] sum = new byte[4];
		putInt(sum, 0, (int) crc.getValue());
		out.writeBytes(sum);
	}

	private static void putInt(byte[] target, int offset, int value) {
		target[offset] = (byte) (value >>> 24);
		target[offset + 1] = (byte) (value >>> 16);
		target[offset + 2] = (byte) (value >>> 8);
		target[offset + 3] = (byte) value;
	}

}
