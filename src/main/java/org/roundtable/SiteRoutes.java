package org.roundtable;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.Map;
import org.roundtable.web.Access;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.Pages;
import org.roundtable.web.Routes;

/** The front page and the health check. */
final class SiteRoutes implements Feature {
  private final Pool pool;
  private final Pages pages;
  private final String openApi;

  SiteRoutes(Pool pool, Pages pages, String openApi) {
    this.pool = pool;
    this.pages = pages;
    this.openApi = openApi;
  }

  @Override
  public void mount(Routes routes) {
    routes.get("/", Access.anyone(), this::home)
        .get("/health", Access.anyone(), this::health)
        .get("/api/v1/openapi.yaml", Access.anyone(), this::openApi);
  }

  private Future<Void> home(RoutingContext ctx) {
    pages.render(ctx, "home", Map.of());
    return Future.succeededFuture();
  }

  private Future<Void> openApi(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "application/yaml; charset=utf-8").end(openApi);
    return Future.succeededFuture();
  }

  private Future<Void> health(RoutingContext ctx) {
    return pool.query("SELECT 1").execute()
        .map(rows -> 200)
        .otherwise(503)
        .map(status -> {
          Api.send(ctx, status, new JsonObject()
              .put("status", status == 200 ? "ok" : "degraded")
              .put("database", status == 200 ? "ok" : "down"));
          return null;
        });
  }
}
