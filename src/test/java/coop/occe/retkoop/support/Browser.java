package coop.occe.retkoop.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver packages) driven by
 * Selenium. Fails, never skips, when Chromium is missing: see the README's prerequisites.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getProperty("retkoop.chromium", "/usr/bin/chromium"));

	private static final Path DRIVER = Path.of(System.getProperty("retkoop.chromedriver", "/usr/bin/chromedriver"));

	private final WebDriver driver;

	private final String baseUrl;

	public Browser(String baseUrl) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
			throw new IllegalStateException("Browser tests need Chromium and its driver at " + CHROMIUM + " and "
					+ DRIVER + " (Debian: apt-get install -y chromium chromium-driver)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--lang=fr-FR",
				// Bootstrap scrolls smoothly otherwise, and a click can land before the
				// scroll ends.
				"--force-prefers-reduced-motion");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		this.baseUrl = baseUrl;
	}

	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	public Browser type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	public Browser click(By by) {
		WebElement element = this.driver.findElement(by);
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
		return this;
	}

	/**
	 * Clicks a button and, when it submits a form, waits until the next page has replaced
	 * this one, so that what is read next is never the page being left.
	 */
	public Browser clickButton(String text) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		click(By.xpath("//button[normalize-space()='" + text + "']"));
		try {
			new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			// A button that changes the page in place (htmx) leaves the document as it
			// is.
		}
		return this;
	}

	public Browser waitForPath(String path) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(this.baseUrl + path));
		return this;
	}

	public String currentPath() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	/** Saves a PNG of the page, to look at what a person sees. */
	public void screenshot(Path file) throws java.io.IOException {
		byte[] png = ((org.openqa.selenium.TakesScreenshot) this.driver)
			.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
		Files.createDirectories(file.getParent());
		Files.write(file, png);
	}

	public WebDriver driver() {
		return this.driver;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
