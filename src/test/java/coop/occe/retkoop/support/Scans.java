package coop.occe.retkoop.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Real files to upload: a one-page PDF, a small PNG or JPEG that decode. */
public final class Scans {

	private static final java.util.Map<String, byte[]> PDFS = new java.util.concurrent.ConcurrentHashMap<>();

	private Scans() {
	}

	/** A one-page A4 PDF whose title is {@code title} (so that two PDFs differ). */
	public static byte[] pdf(String title) {
		// PDFBox writes a new document id each time: the same title gives the same bytes.
		return PDFS.computeIfAbsent(title, Scans::newPdf).clone();
	}

	private static byte[] newPdf(String title) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.getDocumentInformation().setTitle(title);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	/**
	 * A decompression bomb: a PNG of some kilobytes that unpacks into 8000 × 6000 pixels
	 * (48 million, over the limit of 40).
	 */
	public static byte[] pngBomb() {
		BufferedImage image = new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_BINARY);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, 0xFF0000);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
