package coop.occe.retkoop.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A person's browser without the browser: a real HTTP client against a running server,
 * with its cookies, that reads the CSRF token from the last page like a form would send
 * it.
 */
public class HttpClientSession {

	/** What a browser asks for when it opens a page. */
	private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final String baseUrl;

	private final HttpClient client;

	private String csrfToken;

	private final CookieManager cookies;

	public HttpClientSession(String baseUrl) {
		this(baseUrl, new CookieManager());
	}

	private HttpClientSession(String baseUrl, CookieManager cookies) {
		this.baseUrl = baseUrl;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * The same browser talking to another node: cookies set by localhost are sent to any
	 * port of localhost, as a browser does.
	 */
	public HttpClientSession sameCookiesAt(String otherBaseUrl) {
		HttpClientSession other = new HttpClientSession(otherBaseUrl, this.cookies);
		other.csrfToken = this.csrfToken;
		return other;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Accept", ACCEPT).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		rememberCsrf(response.body());
		return response;
	}

	/** Posts a form with the CSRF token of the last page read. */
	public HttpResponse<String> post(String path, String... fields) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		if (this.csrfToken != null) {
			form.put("_csrf", this.csrfToken);
		}
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		rememberCsrf(response.body());
		return response;
	}

	/** Logs in through the login page; returns where the server sends the person next. */
	public String login(String identifiant, String password) throws IOException, InterruptedException {
		get("/connexion");
		HttpResponse<String> response = post("/connexion", "identifiant", identifiant, "motDePasse", password);
		return response.headers().firstValue("Location").orElse("");
	}

	private void rememberCsrf(String body) {
		if (body == null) {
			return;
		}
		var input = Jsoup.parse(body).selectFirst("input[name=_csrf]");
		if (input != null) {
			this.csrfToken = input.val();
		}
	}

}
