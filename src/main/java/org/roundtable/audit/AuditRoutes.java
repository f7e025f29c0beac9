package org.roundtable.audit;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.roundtable.web.Access;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/** Admins read the audit log, newest first, a page at a time. */
public final class AuditRoutes implements Feature {
  private static final int PAGE_SIZE = 100;
  private final AuditLog log;
  private final Pages pages;

  public AuditRoutes(AuditLog log, Pages pages) {
    this.log = log;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    Access admins = Access.roles(Role.ADMIN);
    routes.get("/staff/audit", admins, this::page);
    routes.get("/api/v1/audit", admins, this::json);
  }

  private Future<Void> page(RoutingContext ctx) {
    return log.page(before(ctx), PAGE_SIZE).map(entries -> {
      pages.render(ctx, "audit/log", Map.of(
          "entries", entries,
          "olderThan", entries.size() == PAGE_SIZE ? entries.get(entries.size() - 1).id() : "",
          "hasOlder", entries.size() == PAGE_SIZE));
      return null;
    });
  }

  private Future<Void> json(RoutingContext ctx) {
    return log.page(before(ctx), PAGE_SIZE).map(entries -> {
      Api.ok(ctx, new JsonObject().put("entries", new JsonArray(entries.stream().map(AuditRoutes::toJson).toList())));
      return null;
    });
  }

  private static JsonObject toJson(AuditLog.Entry e) {
    return new JsonObject().put("id", String.valueOf(e.id())).put("at", e.at().toString())
        .put("actor", e.actorName()).put("role", e.actorRole()).put("action", e.action())
        .put("recordType", e.recordType()).put("recordId", e.recordId())
        .put("details", e.details() == null ? null : new JsonObject(e.details()));
  }

  private static long before(RoutingContext ctx) {
    List<String> values = ctx.queryParam("before");
    if (!values.isEmpty() && values.get(0).matches("\\d{1,18}")) {
      return Long.parseLong(values.get(0));
    }
    return Long.MAX_VALUE;
  }
}
