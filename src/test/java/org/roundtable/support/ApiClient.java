package org.roundtable.support;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A script calling the JSON API with a bearer token, as an AI developer's tooling would. */
public final class ApiClient {
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public ApiClient(String base) {
    this.base = base;
  }

  public HttpResult get(String path, String token) {
    return send("GET", path, token, null, null);
  }

  public HttpResult post(String path, String token, Object body) {
    return send("POST", path, token, body, null);
  }

  public HttpResult put(String path, String token, Object body) {
    return send("PUT", path, token, body, null);
  }

  public HttpResult delete(String path, String token) {
    return send("DELETE", path, token, null, null);
  }

  /** {@code body} is a JsonObject or raw text (for malformed-JSON tests); extra headers come in name/value pairs. */
  public HttpResult send(String method, String path, String token, Object body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (headers != null) {
      for (int i = 0; i + 1 < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String text = body instanceof JsonObject json ? json.encode() : body.toString();
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
    }
    try {
      HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new HttpResult(r.statusCode(), r.body(), r.headers());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    }
  }
}
