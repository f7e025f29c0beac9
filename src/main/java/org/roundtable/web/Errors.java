package org.roundtable.web;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an answer the caller understands: JSON with a code for the API, a page in the
 * person's language otherwise. Unexpected failures are logged and answered 500 without details.
 */
public final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
  private final Pages pages;

  public Errors(Pages pages) {
    this.pages = pages;
  }

  public void notFound(RoutingContext ctx) {
    ctx.fail(HttpProblem.notFound());
  }

  public void handle(RoutingContext ctx) {
    if (ctx.response().ended() || ctx.response().headWritten()) {
      if (ctx.failure() != null) {
        LOG.warn("Failure after the response started on {}", ctx.request().path(), ctx.failure());
      }
      return;
    }
    HttpProblem problem = problemFor(ctx);
    String lang = Identity.isApi(ctx) ? Messages.DEFAULT_LANGUAGE : Language.of(ctx);
    String message = pages.messages().text(lang, problem.messageKey());
    if (problem.status() == 503) {
      ctx.response().putHeader("Retry-After", String.valueOf(DatabaseDown.RETRY_AFTER_SECONDS));
    }
    if (Identity.isApi(ctx)) {
      Api.error(ctx, problem.status(), problem.code(), message,
          problem.fields() == null ? null : problem.fields().toJson(pages.messages(), lang));
      return;
    }
    try {
      pages.render(ctx, problem.status(), "error", Map.of(
          "status", problem.status(),
          "titleKey", "error." + titleFor(problem.status()) + ".title",
          "message", message));
    } catch (RuntimeException e) {
      LOG.error("Could not render the error page", e);
      ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", "text/plain; charset=utf-8")
          .end(message);
    }
  }

  private static HttpProblem problemFor(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof HttpProblem p) {
      return p;
    }
    if (DatabaseDown.is(failure)) {
      LOG.warn("Database unavailable on {} {}: {}", ctx.request().method(), ctx.request().path(), failure.toString());
      return DatabaseDown.problem();
    }
    int status = failure instanceof HttpException h ? h.getStatusCode() : ctx.statusCode();
    if (failure != null && !(failure instanceof HttpException)) {
      LOG.error("Unexpected failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
      status = 500;
    }
    return switch (status) {
      case 400 -> HttpProblem.badRequest("bad_request", "error.400.message");
      case 401 -> HttpProblem.unauthorized();
      case 403 -> HttpProblem.forbidden();
      case 404 -> HttpProblem.notFound();
      case 405 -> new HttpProblem(405, "method_not_allowed", "error.405.message", null);
      case 413 -> new HttpProblem(413, "too_large", "error.413.message", null);
      case 503 -> new HttpProblem(503, "unavailable", "error.503.message", null);
      default -> new HttpProblem(500, "internal", "error.500.message", null);
    };
  }

  private static String titleFor(int status) {
    return switch (status) {
      case 400, 401, 403, 404, 405, 409, 413, 429, 503 -> String.valueOf(status);
      default -> "500";
    };
  }
}
