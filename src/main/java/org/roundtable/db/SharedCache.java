package org.roundtable.db;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Values read often and changed more rarely, kept in this process and dropped when they change in any process.
 * Every process hears of a change on the cache's channel, with the changed record's key: from a trigger inside
 * the writing transaction where no commit may go unannounced (sign-in tokens), or from the feature's own
 * coalesced announce after commit (tallies). The writer also calls {@link #forget} so its own next request
 * never sees the old value. While this process's LISTEN connection is down nothing is kept (a
 * missed notification would leave a value stale), and after it comes back everything is dropped. Each value is
 * also kept at most {@code maxAgeMs}, as a last bound.
 *
 * <p>A value is tagged (e.g. a sign-in token's person): a notification drops the entry with that key and every
 * entry with that tag. Concurrent misses for one key share one load. A load that started before a change is
 * not kept.
 */
public final class SharedCache<V> implements Notifications.Listener {
  private record Entry<V>(V value, String tag, long loadedAt) {}

  private final Notifications hub;
  private final long maxAgeMs;
  private final int maxEntries;
  private final Function<String, Future<V>> load;
  private final Function<V, String> tagOf;
  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Map<String, Future<V>> loading = new ConcurrentHashMap<>();
  private final AtomicLong changes = new AtomicLong();

  /**
   * {@code load} gives null for "nothing there" (not kept); {@code tagOf} may be null. Listens on
   * {@code channel}; call at start-up.
   */
  public SharedCache(Notifications hub, String channel, long maxAgeMs, int maxEntries,
                     Function<String, Future<V>> load, Function<V, String> tagOf) {
    this.hub = hub;
    this.maxAgeMs = maxAgeMs;
    this.maxEntries = maxEntries;
    this.load = load;
    this.tagOf = tagOf == null ? v -> null : tagOf;
    hub.listen(channel, this);
  }

  /** The value for {@code key}, from this process if it is known to be current. Null if there is none. */
  public Future<V> get(String key) {
    if (!hub.listening()) {
      return load.apply(key);
    }
    Entry<V> entry = entries.get(key);
    if (entry != null && now() - entry.loadedAt() < maxAgeMs) {
      return Future.succeededFuture(entry.value());
    }
    Promise<V> mine = Promise.promise();
    Future<V> shared = loading.putIfAbsent(key, mine.future());
    if (shared != null) {
      return onThisContext(shared);
    }
    loadAndKeep(key).onComplete(mine);
    return mine.future();
  }

  /** After this process changed {@code keyOrTag}: drop it here at once (the trigger tells the others). */
  public void forget(String keyOrTag) {
    changes.incrementAndGet();
    entries.remove(keyOrTag);
    entries.values().removeIf(entry -> keyOrTag.equals(entry.tag()));
  }

  @Override
  public Future<?> notified(String payload) {
    forget(payload);
    return Future.succeededFuture();
  }

  @Override
  public void resumed() {
    changes.incrementAndGet();
    entries.clear();
  }

  private Future<V> loadAndKeep(String key) {
    long before = changes.get();
    Future<V> loaded;
    try {
      loaded = load.apply(key);
    } catch (RuntimeException e) {
      loaded = Future.failedFuture(e);
    }
    return loaded.andThen(result -> {
      loading.remove(key);
      if (result.succeeded() && result.result() != null && changes.get() == before && hub.listening()) {
        if (entries.size() >= maxEntries) {
          entries.clear(); // Rare and cheap to refill; simpler than ordering entries by use.
        }
        entries.put(key, new Entry<>(result.result(), tagOf.apply(result.result()), now()));
      }
    });
  }

  /** A shared load may finish on another event loop: answer on the caller's own. */
  private static <V> Future<V> onThisContext(Future<V> shared) {
    Context caller = Vertx.currentContext();
    if (caller == null || shared.isComplete()) {
      return shared;
    }
    Promise<V> promise = Promise.promise();
    shared.onComplete(result -> caller.runOnContext(v -> promise.handle(result)));
    return promise.future();
  }

  private static long now() {
    return System.nanoTime() / 1_000_000;
  }
}
