package org.roundtable.web;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * Keys that tell a retry from a new submission: the API's {@code Idempotency-Key} header, or the one-time token a
 * form carries from the moment it is shown (so sending that very form twice writes once).
 */
public final class IdempotencyKeys {
  public static final String HEADER = "Idempotency-Key";
  public static final int MAX_LENGTH = 200;

  private IdempotencyKeys() {}

  public static boolean wellFormed(String key) {
    return key != null && !key.isEmpty() && key.length() <= MAX_LENGTH && key.chars().allMatch(ch -> ch > 32 && ch < 127);
  }

  /** For a form being shown: random, so two forms never share one. */
  public static String forForm() {
    return "form-" + UUID.randomUUID();
  }

  /**
   * The key a client chose for this submission: required, 1 to 200 visible ASCII characters; a field error on
   * {@value #HEADER} (with {@code messageKey}, given the maximum length) and null otherwise.
   */
  public static String fromHeader(RoutingContext ctx, Input in, String messageKey) {
    String key = ctx.request().getHeader(HEADER);
    String trimmed = key == null ? "" : key.strip();
    if (!wellFormed(trimmed)) {
      in.reject(HEADER, messageKey, MAX_LENGTH);
      return null;
    }
    return trimmed;
  }

  /** The one-time key a form carried in its hidden field {@code key}; a 400 with {@code messageKey} without one. */
  public static String fromForm(Input in, String messageKey) {
    return in.optionalText("key", MAX_LENGTH).filter(IdempotencyKeys::wellFormed)
        .orElseThrow(() -> HttpProblem.badRequest("form_key", messageKey));
  }
}
