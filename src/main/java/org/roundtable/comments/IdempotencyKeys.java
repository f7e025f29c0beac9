package org.roundtable.comments;

import java.util.UUID;

/**
 * Keys that tell a retry from a new comment: the API's {@code Idempotency-Key} header, or the one-time token a
 * comment form carries from the moment it is shown.
 */
final class IdempotencyKeys {
  static final int MAX_LENGTH = 200;

  private IdempotencyKeys() {}

  static boolean wellFormed(String key) {
    return key != null && !key.isEmpty() && key.length() <= MAX_LENGTH && key.chars().allMatch(ch -> ch > 32 && ch < 127);
  }

  /** For a form being shown: random, so two forms never share one. */
  static String forForm() {
    return "form-" + UUID.randomUUID();
  }
}
