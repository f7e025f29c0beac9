package org.roundtable.payments;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.roundtable.rounds.PayAmount;
import org.roundtable.web.Access;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * Tax forms for a calendar year, for admins and facilitators: who was paid enough to need one, and whether it came
 * in (yes or no, who noted it and when; never a tax number). Admins set the year's threshold here too. The CSV
 * files for finance are here for the browser as well (the API ones need a bearer token).
 */
final class TaxPageRoutes implements Feature {
  private final TaxYears taxYears;
  private final PaymentExports exports;
  private final Pages pages;

  TaxPageRoutes(TaxYears taxYears, PaymentExports exports, Pages pages) {
    this.taxYears = taxYears;
    this.exports = exports;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    Access payers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/staff/tax-forms", payers, this::thisYear)
        .get("/staff/tax-forms/:year", payers, this::page)
        .post("/staff/tax-forms/:year/threshold", Access.roles(Role.ADMIN), this::setThreshold)
        .post("/staff/tax-forms/:year/forms", payers, this::recordForm)
        .get("/staff/tax-forms/:year/payments.csv", payers,
            ctx -> exports.year(ctx, TaxYears.year(ctx.pathParam("year"))))
        .get("/staff/rounds/:id/payments.csv", payers, ctx -> exports.round(ctx, ctx.pathParam("id")));
  }

  private Future<Void> thisYear(RoutingContext ctx) {
    Routes.seeOther(ctx, "/staff/tax-forms/" + TaxYears.thisYear());
    return Future.succeededFuture();
  }

  private Future<Void> page(RoutingContext ctx) {
    return show(ctx, 200, TaxYears.year(ctx.pathParam("year")), Map.of());
  }

  private Future<Void> setThreshold(RoutingContext ctx) {
    int year = TaxYears.year(ctx.pathParam("year"));
    Input in = Input.form(ctx);
    String typed = in.text("amount", 30);
    OptionalLong cents = typed == null ? OptionalLong.empty() : PayAmount.cents(typed);
    if (typed != null && (cents.isEmpty() || cents.getAsLong() == 0 || cents.getAsLong() > Integer.MAX_VALUE)) {
      in.reject("amount", "payments.error.positive");
    }
    if (!in.valid()) {
      return show(ctx, 400, year, pages.formModel(ctx, in));
    }
    return taxYears.setThreshold(Identity.actor(ctx), year, cents.getAsLong())
        .map(v -> back(ctx, year, "threshold"));
  }

  private Future<Void> recordForm(RoutingContext ctx) {
    int year = TaxYears.year(ctx.pathParam("year"));
    Input in = Input.form(ctx);
    String participantId = in.text("participantId", 100);
    String received = in.choice("received", List.of("yes", "no"));
    if (!in.valid()) {
      throw HttpProblem.badRequest("invalid", "payments.error.formKey");
    }
    return taxYears.recordForm(Identity.actor(ctx), year, participantId, "yes".equals(received))
        .map(v -> back(ctx, year, "form"));
  }

  private Future<Void> show(RoutingContext ctx, int status, int year, Map<String, Object> form) {
    String lang = Language.of(ctx);
    Locale locale = Locale.forLanguageTag(lang);
    return taxYears.year(year).map(taxYear -> {
      Map<String, Object> model = new HashMap<>(form);
      TaxThreshold threshold = taxYear.threshold();
      model.put("year", year);
      model.put("previousYear", year - 1);
      model.put("nextYear", year + 1);
      model.put("threshold", PaymentSheet.money(threshold.amountCents(), threshold.currency(), lang));
      model.put("thresholdIsDefault", threshold.isDefault());
      model.putIfAbsent("form", Map.of("amount", PayAmount.typed(threshold.amountCents())));
      model.put("people", taxYear.people().stream().map(p -> {
        Map<String, Object> row = new HashMap<>();
        row.put("participantId", p.participantId());
        row.put("pseudonym", p.name().pseudonym());
        row.put("paid", PaymentSheet.money(p.paidCents(), threshold.currency(), lang));
        row.put("received", p.form().map(TaxStore.TaxForm::received).orElse(false));
        row.put("noted", p.form().map(f -> pages.messages().text(lang, "payments.tax.noted",
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(f.recordedAt()),
            f.recordedBy())).orElse(null));
        return row;
      }).toList());
      String done = ctx.request().getParam("done");
      if ("threshold".equals(done) || "form".equals(done)) {
        model.put("notice", pages.messages().text(lang, "payments.tax.done." + done));
      }
      pages.render(ctx, status, "payments/tax", model);
      return null;
    });
  }

  private static Void back(RoutingContext ctx, int year, String done) {
    Routes.seeOther(ctx, "/staff/tax-forms/" + year + "?done=" + done);
    return null;
  }
}
