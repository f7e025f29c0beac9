package org.roundtable.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL as the message path between server processes: one {@code LISTEN} connection per process (it
 * reconnects by itself), and coalesced {@code NOTIFY}s sent from the pool outside any other transaction. A
 * NOTIFY inside a write's transaction would take a global lock at commit and serialize every writer, so a
 * feature commits first and then {@link #announce}s. Both ways are coalesced per channel and payload: at most
 * one NOTIFY every {@link #INTERVAL_MS} per process, and a listener hears a payload at most that often.
 * Create one per process; it knows no feature.
 */
public final class Notifications {
  public static final long INTERVAL_MS = 250;
  private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
  private static final char SEPARATOR = '\n';

  /** What a feature does with its channel's notifications. */
  public interface Listener {
    /**
     * Something changed about {@code payload} (e.g. a record id), in this process or another. The next
     * notification for the same payload waits until the returned future completes.
     */
    Future<?> notified(String payload);

    /** The connection came back after a break: notifications may have been missed, so re-read everything. */
    void resumed();
  }

  private final Pool pool;
  private final PgSubscriber subscriber;
  private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
  private final Coalescer outgoing;
  private final Coalescer incoming;
  private volatile boolean closed;

  private Notifications(Vertx vertx, Pool pool, PgConnectOptions options) {
    this.pool = pool;
    this.subscriber = PgSubscriber.subscriber(vertx, options)
        // Keep trying for as long as the process runs: a second, then every five seconds.
        .reconnectPolicy(retries -> retries == 0 ? 1000L : 5000L);
    this.outgoing = new Coalescer(vertx, INTERVAL_MS, this::send);
    this.incoming = new Coalescer(vertx, INTERVAL_MS, this::deliver);
  }

  /** Connects the one LISTEN connection of this process. */
  public static Future<Notifications> start(Vertx vertx, Pool pool, PgConnectOptions options) {
    Notifications hub = new Notifications(vertx, pool, options);
    return hub.subscriber.connect().map(hub);
  }

  /** Call once per channel at start-up, before any request comes in. */
  public void listen(String channel, Listener listener) {
    boolean first = listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).isEmpty();
    listeners.get(channel).add(listener);
    if (!first) {
      return;
    }
    boolean[] subscribedOnce = {false};
    subscriber.channel(channel)
        .handler(payload -> incoming.fire(channel + SEPARATOR + payload))
        .subscribeHandler(v -> {
          // The first subscription is the start; any later one follows a lost connection.
          if (subscribedOnce[0]) {
            LOG.info("Listening on {} again after a lost connection", channel);
            listeners.get(channel).forEach(Listener::resumed);
          }
          subscribedOnce[0] = true;
        })
        .exceptionHandler(e -> LOG.warn("Notification channel {} failed", channel, e));
  }

  /** After a commit: tell every process (this one too) that {@code payload} changed, coalesced. */
  public void announce(String channel, String payload) {
    if (!closed) {
      outgoing.fire(channel + SEPARATOR + payload);
    }
  }

  /** Whether notifications reach this process now; while not, they may be lost (see {@link Listener#resumed}). */
  public boolean listening() {
    return !closed && subscriber.actualConnection() != null;
  }

  public Future<Void> close() {
    closed = true;
    return subscriber.close();
  }

  private Future<?> send(String key) {
    int at = key.indexOf(SEPARATOR);
    return pool.preparedQuery("SELECT pg_notify($1, $2)")
        .execute(Tuple.of(key.substring(0, at), key.substring(at + 1)))
        .onFailure(e -> LOG.warn("Could not send a notification on {}", key.substring(0, at), e));
  }

  private Future<?> deliver(String key) {
    int at = key.indexOf(SEPARATOR);
    String payload = key.substring(at + 1);
    List<Future<?>> done = new ArrayList<>();
    for (Listener listener : listeners.getOrDefault(key.substring(0, at), List.of())) {
      try {
        done.add(listener.notified(payload).onFailure(e -> LOG.warn("A notification listener failed", e)));
      } catch (RuntimeException e) {
        LOG.warn("A notification listener failed", e);
      }
    }
    return Future.join(done);
  }
}
