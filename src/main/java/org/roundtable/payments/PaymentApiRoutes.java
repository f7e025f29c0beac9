package org.roundtable.payments;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.IdempotencyKeys;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * Payments in the JSON API, for admins and facilitators (a participant may read their own balance; developers
 * never see any of it). Writes need an {@code Idempotency-Key} header: the same key again answers the first
 * request's row with {@code Idempotent-Replayed: true}. References (gift card digits, check numbers) only go to
 * staff.
 */
final class PaymentApiRoutes implements Feature {
  private final Payments payments;
  private final TaxYears taxYears;
  private final PaymentExports exports;

  PaymentApiRoutes(Payments payments, TaxYears taxYears, PaymentExports exports) {
    this.payments = payments;
    this.taxYears = taxYears;
    this.exports = exports;
  }

  @Override
  public void mount(Routes routes) {
    Access payers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    Access payersOrSelf = Access.roles(Role.ADMIN, Role.FACILITATOR, Role.PARTICIPANT);
    routes.get("/api/v1/participants/:id/payments", payersOrSelf, this::ledger)
        .post("/api/v1/payments", payers, this::pay)
        .post("/api/v1/payments/:id/void", payers, this::voidEntry)
        .get("/api/v1/rounds/:id/payments.csv", payers, this::roundCsv)
        .get("/api/v1/tax-years/:year", payers, this::taxYear)
        .put("/api/v1/tax-years/:year/threshold", Access.roles(Role.ADMIN), this::setThreshold)
        .put("/api/v1/tax-years/:year/forms/:participantId", payers, this::taxForm)
        .get("/api/v1/tax-years/:year/payments.csv", payers, this::yearCsv);
  }

  private Future<Void> ledger(RoutingContext ctx) {
    Actor actor = Identity.actor(ctx);
    boolean staff = actor.role() != Role.PARTICIPANT;
    return payments.ledgerOf(actor, ctx.pathParam("id")).map(ledger -> {
      Api.ok(ctx, new JsonObject()
          .put("participantId", ledger.participantId())
          .put("owedCents", ledger.balance().outstandingCents())
          .put("paidCents", ledger.balance().paidCents())
          .put("declinedCents", ledger.balance().declinedCents())
          .put("years", years(ledger.entries()))
          .put("entries", new JsonArray(ledger.entries().stream().map(e -> e.toJson(staff)).toList())));
      return null;
    });
  }

  /** Per calendar year (UTC) in which the entries were logged: what became owed, was paid and was declined. */
  private static JsonObject years(List<Entry> entries) {
    JsonObject years = new JsonObject();
    new TreeSet<>(entries.stream().map(e -> e.recordedAt().getYear()).toList()).forEach(year -> {
      Balance balance = Balance.of(entries, e -> e.recordedAt().getYear() == year);
      years.put(String.valueOf(year), new JsonObject().put("owedCents", balance.owedCents())
          .put("paidCents", balance.paidCents()).put("declinedCents", balance.declinedCents()));
    });
    return years;
  }

  private Future<Void> pay(RoutingContext ctx) {
    Input in = Input.json(ctx, PaymentRequest.FIELDS);
    PaymentRequest request = PaymentRequest.parse(in, null);
    String key = IdempotencyKeys.fromHeader(ctx, in, "payments.error.keyNeeded");
    in.requireValid();
    return payments.record(Identity.actor(ctx), request, key).map(recorded -> {
      ctx.response().putHeader("Idempotent-Replayed", String.valueOf(recorded.replayed()));
      Api.created(ctx, recorded.entry().toJson(true));
      return null;
    });
  }

  private Future<Void> voidEntry(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("reason"));
    String reason = in.text("reason", 500);
    String key = ctx.request().getHeader(IdempotencyKeys.HEADER) == null ? null
        : IdempotencyKeys.fromHeader(ctx, in, "payments.error.keyNeeded");
    in.requireValid();
    return payments.voidEntry(Identity.actor(ctx), ctx.pathParam("id"), reason, key).map(recorded -> {
      ctx.response().putHeader("Idempotent-Replayed", String.valueOf(recorded.replayed()));
      Api.ok(ctx, recorded.entry().toJson(true));
      return null;
    });
  }

  private Future<Void> roundCsv(RoutingContext ctx) {
    return exports.round(ctx, ctx.pathParam("id"));
  }

  private Future<Void> yearCsv(RoutingContext ctx) {
    return exports.year(ctx, TaxYears.year(ctx.pathParam("year")));
  }

  private Future<Void> taxYear(RoutingContext ctx) {
    int year = TaxYears.year(ctx.pathParam("year"));
    return taxYears.year(year).map(taxYear -> {
      Api.ok(ctx, new JsonObject().put("year", year).put("threshold", taxYear.threshold().toJson())
          .put("people", new JsonArray(taxYear.people().stream().map(p -> new JsonObject()
              .put("participantId", p.participantId())
              .put("pseudonym", p.name().pseudonym())
              .put("withdrawn", p.name().withdrawn())
              .put("paidCents", p.paidCents())
              .put("formReceived", p.form().map(TaxStore.TaxForm::received).orElse(false))
              .put("formRecordedAt", p.form().map(f -> f.recordedAt().toString()).orElse(null))
              .put("formRecordedBy", p.form().map(TaxStore.TaxForm::recordedBy).orElse(null))).toList())));
      return null;
    });
  }

  private Future<Void> setThreshold(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("amountCents"));
    Integer cents = in.integer("amountCents", 1, Integer.MAX_VALUE);
    in.requireValid();
    int year = TaxYears.year(ctx.pathParam("year"));
    return taxYears.setThreshold(Identity.actor(ctx), year, cents).map(threshold -> {
      Api.ok(ctx, threshold.toJson());
      return null;
    });
  }

  private Future<Void> taxForm(RoutingContext ctx) {
    Input in = Input.json(ctx, Set.of("received"));
    if (!in.has("received")) {
      in.reject("received", "validation.required");
    }
    boolean received = in.checkbox("received");
    in.requireValid();
    int year = TaxYears.year(ctx.pathParam("year"));
    return taxYears.recordForm(Identity.actor(ctx), year, ctx.pathParam("participantId"), received).map(v -> {
      Api.ok(ctx, new JsonObject().put("year", year).put("participantId", ctx.pathParam("participantId"))
          .put("received", received));
      return null;
    });
  }
}
