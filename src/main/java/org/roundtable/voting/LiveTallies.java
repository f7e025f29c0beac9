package org.roundtable.voting;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.roundtable.db.Notifications;
import org.roundtable.db.SharedCache;
import org.roundtable.web.EventStream;

/**
 * Tallies as they change, for every open stream in this process. A committed vote is announced on the
 * {@value #CHANNEL} channel (coalesced by {@link Notifications}); each process, on hearing a proposal changed,
 * counts it once and sends the new tally to its own streams watching it, only if it differs from the last one.
 * Pages show the {@link #current} tally, counted once and kept until the next notice (a count of a busy
 * proposal reads thousands of votes; a page must not do that for every reader).
 */
final class LiveTallies implements Notifications.Listener {
  static final String CHANNEL = "roundtable_tally";
  static final String EVENT = "tally";
  private static final long KEEP_MS = 60_000;
  private static final int MAX_KEPT = 10_000;

  private final VotingStore store;
  private final Notifications hub;
  private final Map<String, Set<EventStream>> watchers = new ConcurrentHashMap<>();
  private final Map<String, String> lastSent = new ConcurrentHashMap<>();
  private final SharedCache<Tally> counted;

  LiveTallies(VotingStore store, Notifications hub) {
    this.store = store;
    this.hub = hub;
    hub.listen(CHANNEL, this);
    this.counted = new SharedCache<>(hub, CHANNEL, KEEP_MS, MAX_KEPT, store::tally, null);
  }

  /** After a commit that changed the proposal's votes: this process counts again at once, the others on notice. */
  void changed(String proposalId) {
    counted.forget(proposalId);
    hub.announce(CHANNEL, proposalId);
  }

  /** The tally as the live streams know it: up to date with this process's votes, and others' within a notice. */
  Future<Tally> current(String proposalId) {
    return counted.get(proposalId);
  }

  void changed(List<String> proposalIds) {
    proposalIds.stream().distinct().forEach(this::changed);
  }

  /** Sends the stream a snapshot of each proposal's tally now, then every change, until it closes. */
  Future<Void> watch(EventStream stream, List<String> proposalIds) {
    for (String id : proposalIds) {
      watchers.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(stream);
    }
    stream.onClose(() -> proposalIds.forEach(this::forget));
    return store.tallies(proposalIds).map(tallies -> {
      tallies.forEach(tally -> stream.send(EVENT, tally.toJson().encode()));
      return null;
    });
  }

  @Override
  public Future<?> notified(String proposalId) {
    if (!watchers.containsKey(proposalId)) {
      return Future.succeededFuture();
    }
    return store.tally(proposalId).map(tally -> {
      String json = tally.toJson().encode();
      if (!json.equals(lastSent.put(proposalId, json))) {
        watchers.getOrDefault(proposalId, Set.of()).forEach(stream -> stream.send(EVENT, json));
      }
      return null;
    });
  }

  @Override
  public void resumed() {
    watchers.keySet().forEach(this::notified);
  }

  private void forget(String proposalId) {
    watchers.computeIfPresent(proposalId, (id, streams) -> {
      streams.removeIf(EventStream::closed);
      if (streams.isEmpty()) {
        lastSent.remove(id);
        return null;
      }
      return streams;
    });
  }
}
