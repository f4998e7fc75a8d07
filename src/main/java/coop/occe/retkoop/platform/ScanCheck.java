package coop.occe.retkoop.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Recognises an uploaded scan from its bytes, never from its name: JPEG, PNG or PDF, at
 * most 10 MB, and opens it before it is accepted: a PDF must parse and have at least one
 * page; an image must decode entirely, and may not have more than {@link #MAX_PIXELS}
 * pixels (read from its header before anything is decoded, so that a small file that
 * unpacks into gigabytes, a decompression bomb, is refused without being unpacked). Every
 * upload of a signed paper or a proof goes through it.
 */
public final class ScanCheck {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/**
	 * 40 million pixels: more than any phone photo or a scan at 600 dpi of an A4 page.
	 */
	public static final long MAX_PIXELS = 40_000_000L;

	/** An image is decoded at most at this size (subsampled), to check its data. */
	private static final long CHECK_PIXELS = 2_000_000L;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private ScanCheck() {
	}

	/** Why a file is refused. */
	public enum Refusal {

		EMPTY, TOO_LARGE, WRONG_TYPE,
		/** A PDF that does not parse or has no page, an image that does not decode. */
		UNREADABLE,
		/** An image with more than {@link #MAX_PIXELS} pixels. */
		TOO_MANY_PIXELS

	}

	/** The content type of an accepted file, or why it is refused. */
	public record Result(String contentType, Refusal refusal) {

		public boolean accepted() {
			return this.refusal == null;
		}

	}

	public static Result check(byte[] content) {
		if (content == null || content.length == 0) {
			return new Result(null, Refusal.EMPTY);
		}
		if (content.length > MAX_BYTES) {
			return new Result(null, Refusal.TOO_LARGE);
		}
		if (startsWith(content, JPEG)) {
			return image(content, "jpeg", "image/jpeg");
		}
		if (startsWith(content, PNG)) {
			return image(content, "png", "image/png");
		}
		if (startsWith(content, PDF)) {
			return pdf(content);
		}
		return new Result(null, Refusal.WRONG_TYPE);
	}

	private static Result pdf(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.getNumberOfPages() < 1 || document.getPage(0).getMediaBox() == null) {
				return new Result(null, Refusal.UNREADABLE);
			}
			return new Result("application/pdf", null);
		}
		catch (IOException | RuntimeException ex) {
			// Not a PDF, damaged, or protected by a password: nobody could read it.
			return new Result(null, Refusal.UNREADABLE);
		}
	}

	private static Result image(byte[] content, String format, String contentType) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			return new Result(null, Refusal.UNREADABLE);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(input, false, true);
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width < 1 || height < 1) {
				return new Result(null, Refusal.UNREADABLE);
			}
			if (width * height > MAX_PIXELS) {
				return new Result(null, Refusal.TOO_MANY_PIXELS);
			}
			// Every byte of the image is decoded, into a raster of at most CHECK_PIXELS.
			ImageReadParam param = reader.getDefaultReadParam();
			int step = (int) Math.ceil(Math.sqrt((double) (width * height) / CHECK_PIXELS));
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			decode(reader, param);
			return new Result(contentType, null);
		}
		catch (IOException | RuntimeException ex) {
			return new Result(null, Refusal.UNREADABLE);
		}
		finally {
			reader.dispose();
		}
	}

	private static void decode(ImageReader reader, ImageReadParam param) throws IOException {
		try {
			BufferedImage image = reader.read(0, param);
			if (image == null) {
				throw new IIOException("no image");
			}
		}
		catch (IIOException ex) {
			// CMYK and YCCK JPEGs (some scanners) decode only as a raster.
			if (!reader.canReadRaster()) {
				throw ex;
			}
			reader.readRaster(0, param);
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
