package org.roundtable.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server-sent events response ({@code text/event-stream}) that stays open: named events, a comment ping
 * every 15 s so proxies and phones keep the connection, and clean-up callbacks when the client goes away.
 * {@link #send} may be called from any thread; writes happen on the request's own event loop.
 */
public final class EventStream {
  static final long PING_MS = 15_000;

  private final Vertx vertx;
  private final Context context;
  private final HttpServerResponse response;
  private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
  private final long pingTimer;
  private final StreamLimit limit;
  private volatile boolean closed;

  private EventStream(RoutingContext ctx, long pingMs) {
    this.limit = StreamLimit.of(ctx);
    if (limit != null) {
      limit.open();
    }
    this.vertx = ctx.vertx();
    this.context = vertx.getOrCreateContext();
    this.response = ctx.response();
    response.setStatusCode(200)
        .setChunked(true)
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        // Compression would hold events back in the compressor's buffer.
        .putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY)
        .putHeader("X-Accel-Buffering", "no");
    response.closeHandler(v -> close());
    response.endHandler(v -> close());
    // Tell the browser how soon to reconnect, and send the headers at once.
    response.write("retry: 3000\n\n");
    this.pingTimer = vertx.setPeriodic(pingMs, id -> write(": ping\n\n"));
    if (response.closed()) {
      // Gone before the stream opened: no close event will come, so count it closed now.
      close();
    }
  }

  /** Starts the stream on this request; the request's route must not answer otherwise. */
  public static EventStream open(RoutingContext ctx) {
    return new EventStream(ctx, PING_MS);
  }

  /** With another ping interval, so a test need not wait 15 s. */
  static EventStream open(RoutingContext ctx, long pingMs) {
    return new EventStream(ctx, pingMs);
  }

  /** One event; {@code data} may span lines. */
  public void send(String event, String data) {
    StringBuilder frame = new StringBuilder("event: ").append(event).append('\n');
    for (String line : data.split("\n", -1)) {
      frame.append("data: ").append(line).append('\n');
    }
    write(frame.append('\n').toString());
  }

  /** Runs once, when the client disconnects or the server ends the stream. */
  public void onClose(Runnable cleanup) {
    onClose.add(cleanup);
    if (closed) {
      cleanup.run();
    }
  }

  public boolean closed() {
    return closed;
  }

  private void write(String frame) {
    if (closed) {
      return;
    }
    context.runOnContext(v -> {
      if (!closed && !response.closed() && !response.ended()) {
        response.write(frame);
      }
    });
  }

  private void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (limit != null) {
      limit.closed();
    }
    vertx.cancelTimer(pingTimer);
    onClose.forEach(Runnable::run);
  }
}
