package org.roundtable.support;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpHeaders;

/** A response as tests look at it. */
public record HttpResult(int status, String body, HttpHeaders headers) {

  public JsonObject json() {
    return new JsonObject(body);
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  @Override
  public String toString() {
    return status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
  }
}
