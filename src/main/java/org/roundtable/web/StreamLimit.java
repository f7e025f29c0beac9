package org.roundtable.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many server-sent event streams may be open at once in this process (ROUNDTABLE_MAX_STREAMS), across every
 * server instance in it. Each open stream holds a connection and a little memory, so past the limit a new one is
 * refused with 503 (the browser tries again) instead of the process running out of memory.
 */
final class StreamLimit implements Handler<RoutingContext> {
  private static final String KEY = "streamLimit";
  private final AtomicInteger open = new AtomicInteger();
  private final int max;

  StreamLimit(int max) {
    this.max = max;
  }

  /** Hands the limit to {@link EventStream#open} on this request. */
  @Override
  public void handle(RoutingContext ctx) {
    ctx.put(KEY, this);
    ctx.next();
  }

  static StreamLimit of(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  /** Counts a new stream in, or refuses it with 503. */
  void open() {
    if (open.incrementAndGet() > max) {
      open.decrementAndGet();
      throw new HttpProblem(503, "too_many_streams", "error.503.busy", null);
    }
  }

  void closed() {
    open.decrementAndGet();
  }
}
