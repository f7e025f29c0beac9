package org.roundtable.summaries;

import java.time.Duration;

/** How long to wait before trying a failed webhook delivery again: doubling from {@code first}, at most {@code cap}. */
record Backoff(Duration first, Duration cap) {
  static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(30), Duration.ofHours(6));

  /** After the {@code attempts}-th failed attempt (1 for the first). */
  Duration after(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(cap) > 0 ? cap : wait;
  }
}
