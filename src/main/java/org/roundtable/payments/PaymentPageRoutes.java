package org.roundtable.payments;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.rounds.Session;
import org.roundtable.web.Access;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.IdempotencyKeys;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * The payment sheet of a session for admins and facilitators: pay one person, pay everyone still owed in one
 * step, record a decline, void a row with a reason, and a print view to sign. Every form carries a one-time key
 * made when the page is shown, so a form sent twice writes once.
 */
final class PaymentPageRoutes implements Feature {
  private final Payments payments;
  private final PaymentSheet sheet;
  private final Pages pages;

  PaymentPageRoutes(Payments payments, PaymentSheet sheet, Pages pages) {
    this.payments = payments;
    this.sheet = sheet;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    Access payers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/staff/sessions/:id/payments", payers, this::sheetPage)
        .get("/staff/sessions/:id/payments/print", payers, this::printPage)
        .post("/staff/sessions/:id/payments", payers, this::payOne)
        .post("/staff/sessions/:id/payments/all", payers, this::payAll)
        .get("/staff/payments/:id/void", payers, this::voidPage)
        .post("/staff/payments/:id/void", payers, this::voidFromForm);
  }

  private Future<Void> sheetPage(RoutingContext ctx) {
    return payments.session(ctx.pathParam("id")).compose(session -> show(ctx, 200, session, Map.of(), null));
  }

  private Future<Void> printPage(RoutingContext ctx) {
    return payments.session(ctx.pathParam("id")).compose(session -> sheet.model(session, Language.of(ctx)))
        .map(model -> {
          pages.render(ctx, "payments/print", model);
          return null;
        });
  }

  /** One person: paid by a method (amount as typed) or, with {@code method=declined}, declined. */
  private Future<Void> payOne(RoutingContext ctx) {
    return payments.session(ctx.pathParam("id")).compose(session -> payments.round(session.roundId())
        .compose(round -> {
          Input in = Input.form(ctx);
          String key = IdempotencyKeys.fromForm(in, "payments.error.formKey");
          PaymentRequest request = PaymentRequest.parse(in, round.pay().currency());
          PaymentRequest forSession = new PaymentRequest(request.participantId(), session.id(),
              request.amountCents(), request.currency(), request.method(), request.reference());
          if (!in.valid()) {
            return show(ctx, 400, session, pages.formModel(ctx, in), request.participantId());
          }
          return payments.record(Identity.actor(ctx), forSession, key)
              .compose(done -> backToSheet(ctx, session, request.declined() ? "declined" : "paid"))
              .recover(failure -> problem(ctx, session, failure, request.participantId()));
        }));
  }

  private Future<Void> payAll(RoutingContext ctx) {
    return payments.session(ctx.pathParam("id")).compose(session -> {
      Input in = Input.form(ctx);
      String key = IdempotencyKeys.fromForm(in, "payments.error.formKey");
      String method = in.choice("method", PaymentMethod.PAID);
      if (!in.valid()) {
        return show(ctx, 400, session, pages.formModel(ctx, in), null);
      }
      return payments.payAll(Identity.actor(ctx), session, method, key)
          .compose(paid -> backToSheet(ctx, session, "allPaid"));
    });
  }

  private Future<Void> voidPage(RoutingContext ctx) {
    return showVoid(ctx, 200, ctx.pathParam("id"), Map.of());
  }

  private Future<Void> voidFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    String key = IdempotencyKeys.fromForm(in, "payments.error.formKey");
    String reason = in.text("reason", 500);
    if (!in.valid()) {
      return showVoid(ctx, 400, ctx.pathParam("id"), pages.formModel(ctx, in));
    }
    return payments.voidEntry(Identity.actor(ctx), ctx.pathParam("id"), reason, key).compose(recorded ->
        recorded.entry().sessionId() == null
            ? Future.succeededFuture(redirect(ctx, "/staff/rounds/" + recorded.entry().roundId()))
            : payments.session(recorded.entry().sessionId()).compose(s -> backToSheet(ctx, s, "voided")))
        .recover(failure -> {
          if (failure instanceof HttpProblem p && p.status() == 409) {
            Map<String, Object> model = new HashMap<>(pages.formModel(ctx, in));
            model.put("problem", pages.messages().text(Language.of(ctx), p.messageKey()));
            return showVoid(ctx, 409, ctx.pathParam("id"), model);
          }
          return Future.failedFuture(failure);
        });
  }

  private Future<Void> showVoid(RoutingContext ctx, int status, String entryId, Map<String, Object> form) {
    return payments.entry(entryId).map(entry -> {
      String lang = Language.of(ctx);
      Map<String, Object> page = new HashMap<>(form);
      page.put("entry", sheet.entryView(entry, lang));
      page.put("canVoid", entry.live());
      if (!entry.live()) {
        page.putIfAbsent("problem", pages.messages().text(lang, "payments.error.alreadyVoided"));
      }
      Object typedKey = form.get("form") instanceof Map<?, ?> typed ? typed.get("key") : null;
      page.put("key", typedKey != null ? typedKey : IdempotencyKeys.forForm());
      pages.render(ctx, status, "payments/void", page);
      return null;
    });
  }

  private Future<Void> show(RoutingContext ctx, int status, Session session, Map<String, Object> form,
                            String errorFor) {
    return sheet.model(session, Language.of(ctx)).map(model -> {
      Map<String, Object> page = new HashMap<>(model);
      page.putAll(form);
      page.put("errorFor", errorFor);
      // A fresh key per form on the page, made now: sending one of them twice writes once.
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) model.get("rows");
      rows.forEach(row -> {
        row.put("payKey", IdempotencyKeys.forForm());
        row.put("declineKey", IdempotencyKeys.forForm());
        row.put("hasError", row.get("participantId").equals(errorFor));
      });
      page.put("allKey", IdempotencyKeys.forForm());
      String done = ctx.request().getParam("done");
      if (done != null && List.of("paid", "declined", "allPaid", "voided").contains(done)) {
        page.put("notice", pages.messages().text(Language.of(ctx), "payments.sheet.done." + done));
      }
      pages.render(ctx, status, "payments/sheet", page);
      return null;
    });
  }

  /** A refusal (more than is owed, nothing owed, never came) shown on the sheet in the reader's language. */
  private Future<Void> problem(RoutingContext ctx, Session session, Throwable failure, String participantId) {
    if (!(failure instanceof HttpProblem p) || p.status() >= 500 || p.status() == 404) {
      return Future.failedFuture(failure);
    }
    String lang = Language.of(ctx);
    Map<String, Object> model = new HashMap<>();
    if (p.fields() != null) {
      Map<String, String> errors = p.fields().render(pages.messages(), lang);
      model.put("errors", errors);
      model.put("errorList", errors.entrySet().stream()
          .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
    } else {
      model.put("problem", pages.messages().text(lang, p.messageKey()));
    }
    return show(ctx, p.status(), session, model, participantId);
  }

  private Future<Void> backToSheet(RoutingContext ctx, Session session, String done) {
    return Future.succeededFuture(redirect(ctx, "/staff/sessions/" + session.id() + "/payments?done=" + done));
  }

  private static Void redirect(RoutingContext ctx, String location) {
    Routes.seeOther(ctx, location);
    return null;
  }
}
