package org.roundtable.summaries;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox: every few seconds it claims due deliveries (leased, so another server skips them), POSTs each
 * version's stored JSON signed with the hook's secret, and records a 2xx as sent or anything else as a failure to
 * try again after a back-off. Non-blocking throughout (a Vert.x timer and HttpClient). Because a delivery is only
 * marked sent after the receiver answered, a crash between the two can send it again: receivers de-duplicate on
 * the {@code X-Roundtable-Delivery} id.
 */
final class WebhookSender {
  static final String DELIVERY_HEADER = "X-Roundtable-Delivery";
  private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
  private static final int BATCH = 20;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration LEASE = Duration.ofSeconds(60);
  private static final int ERROR_MAX = 300;

  private final Vertx vertx;
  private final WebhookStore store;
  private final Backoff backoff;
  private final HttpClient client;
  private final AtomicBoolean running = new AtomicBoolean();

  WebhookSender(Vertx vertx, WebhookStore store, Backoff backoff) {
    this.vertx = vertx;
    this.store = store;
    this.backoff = backoff;
    this.client = vertx.createHttpClient(new HttpClientOptions()
        .setConnectTimeout((int) TIMEOUT.toMillis()).setIdleTimeout(30));
  }

  /** Starts the timer; it stops when Vert.x closes. */
  void start(Duration every) {
    vertx.setPeriodic(every.toMillis(), id -> tick());
  }

  /** One round of sending; a tick that finds the previous one still busy does nothing. */
  Future<Void> tick() {
    if (!running.compareAndSet(false, true)) {
      return Future.succeededFuture();
    }
    return store.claim(BATCH, LEASE)
        .compose(due -> Future.join(due.stream().map(this::send).toList()).<Void>mapEmpty().recover(e -> Future.succeededFuture()))
        .onFailure(e -> LOG.warn("Webhook outbox: {}", e.getMessage()))
        .onComplete(done -> running.set(false));
  }

  private Future<Void> send(WebhookStore.Due due) {
    byte[] body = due.body().getBytes(StandardCharsets.UTF_8);
    RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(due.url())
        .setTimeout(TIMEOUT.toMillis()).setFollowRedirects(false)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .putHeader("User-Agent", "Roundtable-Webhooks")
        .putHeader(DELIVERY_HEADER, due.id())
        .putHeader(Signature.HEADER, Signature.of(due.secret(), body));
    Future<Integer> status;
    try {
      status = client.request(request).compose(req -> req.send(Buffer.buffer(body)))
          .compose(res -> res.body().map(ignored -> res.statusCode()));
    } catch (RuntimeException e) {
      status = Future.failedFuture(e);
    }
    return status.compose(code -> code / 100 == 2 ? store.delivered(due.id(), code)
            : store.failed(due.id(), code, "HTTP " + code, backoff.after(due.attempts())),
        e -> store.failed(due.id(), null, shorten(String.valueOf(e.getMessage())), backoff.after(due.attempts())));
  }

  private static String shorten(String error) {
    return error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
  }
}
