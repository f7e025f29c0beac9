package org.roundtable.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The address a request comes from, for limits per client (wrong invitation codes). Directly, the connection's
 * address; behind a load balancer (ROUNDTABLE_TRUST_PROXY=true) the last {@code X-Forwarded-For} entry, which
 * the proxy itself appended — earlier entries come from the client and could be anything.
 */
public final class ClientAddress implements Handler<RoutingContext> {
  private static final String KEY = "clientAddress";

  public static String of(RoutingContext ctx) {
    String forwarded = ctx.get(KEY);
    return forwarded != null ? forwarded : ctx.request().remoteAddress().host();
  }

  /** Mounted only when the proxy is trusted. */
  @Override
  public void handle(RoutingContext ctx) {
    String header = ctx.request().getHeader("X-Forwarded-For");
    if (header != null) {
      String last = header.substring(header.lastIndexOf(',') + 1).trim();
      if (!last.isEmpty() && last.length() <= 64) {
        ctx.put(KEY, last);
      }
    }
    ctx.next();
  }
}
