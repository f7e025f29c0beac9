package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.audit.AuditLog;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/** Admins add webhooks and watch their deliveries (sent, failing, next try), in the API and on a page. */
final class WebhookRoutes implements Feature {
  static final int SECRET_MIN = 16;
  static final int SECRET_MAX = 200;
  private static final int SHOWN = 100;

  private final WebhookStore store;
  private final AuditLog audit;
  private final Pages pages;

  WebhookRoutes(WebhookStore store, AuditLog audit, Pages pages) {
    this.store = store;
    this.audit = audit;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    Access admin = Access.roles(Role.ADMIN);
    routes.post("/api/v1/webhooks", admin, this::createFromJson)
        .get("/api/v1/webhooks", admin, this::listJson)
        .get("/staff/webhooks", admin, this::page)
        .post("/staff/webhooks", admin, this::createFromForm);
  }

  /** The URL and secret as typed; the secret is never echoed back. */
  private record HookInput(String url, String secret) {
    static HookInput read(Input in) {
      String url = in.optionalUrl("url").orElse(null);
      if (url == null && !in.errors().has("url")) {
        in.reject("url", "validation.required");
      }
      String secret = in.text("secret", SECRET_MAX);
      if (secret != null && secret.length() < SECRET_MIN) {
        in.reject("secret", "summaries.webhooks.secretShort", SECRET_MIN);
      }
      return new HookInput(url, secret);
    }
  }

  private Future<WebhookStore.Hook> create(Actor admin, HookInput hook) {
    return store.pool().withTransaction(tx -> store.create(tx, hook.url(), hook.secret(), admin.id())
        .compose(made -> audit.record(tx, admin, "webhook.created", "webhook", made.id(),
            new JsonObject().put("url", made.url())).map(made)));
  }

  private Future<Void> createFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, java.util.Set.of("url", "secret"));
    HookInput hook = HookInput.read(in);
    in.requireValid();
    return create(Identity.actor(ctx), hook).map(made -> {
      Api.created(ctx, made.toJson());
      return null;
    });
  }

  private Future<Void> listJson(RoutingContext ctx) {
    return Future.all(store.hooks(), store.deliveries(SHOWN)).map(all -> {
      List<WebhookStore.Hook> hooks = all.resultAt(0);
      List<JsonObject> deliveries = all.resultAt(1);
      Api.ok(ctx, new JsonObject().put("webhooks", new JsonArray(hooks.stream().map(WebhookStore.Hook::toJson).toList()))
          .put("deliveries", new JsonArray(deliveries)));
      return null;
    });
  }

  private Future<Void> page(RoutingContext ctx) {
    return show(ctx, 200, Map.of());
  }

  private Future<Void> createFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    HookInput hook = HookInput.read(in);
    if (!in.valid()) {
      // The field template never shows the secret again (noEcho).
      return show(ctx, 400, pages.formModel(ctx, in));
    }
    return create(Identity.actor(ctx), hook).map(made -> {
      Routes.seeOther(ctx, "/staff/webhooks?added=1");
      return null;
    });
  }

  private Future<Void> show(RoutingContext ctx, int status, Map<String, Object> form) {
    return Future.all(store.hooks(), store.deliveries(SHOWN)).map(all -> {
      Map<String, Object> model = new HashMap<>(form);
      List<WebhookStore.Hook> hooks = all.resultAt(0);
      List<JsonObject> deliveries = all.resultAt(1);
      model.put("hooks", hooks);
      model.put("deliveries", deliveries.stream().map(SummaryPageRoutes::plain).toList());
      model.put("added", ctx.request().getParam("added") != null);
      model.put("secretMin", SECRET_MIN);
      pages.render(ctx, status, "summaries/webhooks", model);
      return null;
    });
  }
}
