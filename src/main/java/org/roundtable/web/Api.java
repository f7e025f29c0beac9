package org.roundtable.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** JSON responses in the shape ../shared/API.md fixes. */
public final class Api {
  private Api() {}

  public static void ok(RoutingContext ctx, JsonObject body) {
    send(ctx, 200, body);
  }

  public static void created(RoutingContext ctx, JsonObject body) {
    send(ctx, 201, body);
  }

  public static void send(RoutingContext ctx, int status, JsonObject body) {
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(body.encode());
  }

  public static void error(RoutingContext ctx, int status, String code, String message, JsonObject fields) {
    JsonObject error = new JsonObject().put("code", code).put("message", message);
    if (fields != null) {
      error.put("fields", fields);
    }
    send(ctx, status, new JsonObject().put("error", error));
  }
}
