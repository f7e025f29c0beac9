package org.roundtable.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser without JavaScript: keeps cookies, does not follow
 * redirects by itself, and posts forms with the page's CSRF token.
 */
public final class PageClient {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final HttpClient client;
  private final String base;
  private String acceptLanguage = "en";

  public PageClient(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  }

  public PageClient language(String lang) {
    this.acceptLanguage = lang;
    return this;
  }

  public HttpResult get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** Loads {@code pagePath} for its CSRF token, then posts the form to {@code action}. */
  public HttpResult submit(String pagePath, String action, Map<String, String> fields) {
    HttpResult page = get(pagePath);
    return post(action, fields, csrfToken(page));
  }

  public static String csrfToken(HttpResult page) {
    Matcher m = CSRF.matcher(page.body());
    return m.find() ? m.group(1) : null;
  }

  public HttpResult post(String action, Map<String, String> fields, String csrfToken) {
    String body = fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    if (csrfToken != null) {
      body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + enc(csrfToken);
    }
    return send(HttpRequest.newBuilder(URI.create(base + action))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Follows a 303 the way a browser would. */
  public HttpResult follow(HttpResult redirect) {
    String location = redirect.header("Location");
    return get(location.startsWith("http") ? URI.create(location).getPath() : location);
  }

  private HttpResult send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = client.send(request.header("Accept-Language", acceptLanguage)
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HttpResult(r.statusCode(), r.body(), r.headers());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
