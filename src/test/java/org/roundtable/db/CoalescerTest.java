package org.roundtable.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The coalescer with real Vert.x timers: the first call at once, a burst folded into one more, no overlaps. */
class CoalescerTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void aBurstOfCallsRunsOnceAtOnceAndOnceMoreAfterTheInterval() throws Exception {
    List<Long> runs = new CopyOnWriteArrayList<>();
    Coalescer coalescer = new Coalescer(vertx, 200, key -> {
      runs.add(System.nanoTime());
      return Future.succeededFuture();
    });
    long start = System.nanoTime();
    for (int i = 0; i < 1000; i++) {
      coalescer.fire("proposal");
    }
    Thread.sleep(600);
    assertEquals(2, runs.size(), "one at once, one for everything that came after");
    assertTrue(runs.get(0) - start < 50_000_000L, "the first runs at once");
    assertTrue(runs.get(1) - runs.get(0) >= 195_000_000L, "the second waits for the interval");
  }

  @Test
  void keysAreIndependent() throws Exception {
    List<String> runs = new CopyOnWriteArrayList<>();
    Coalescer coalescer = new Coalescer(vertx, 200, key -> {
      runs.add(key);
      return Future.succeededFuture();
    });
    coalescer.fire("a");
    coalescer.fire("b");
    Thread.sleep(100);
    assertEquals(List.of("a", "b"), runs);
  }

  @Test
  void aSlowRunDelaysTheNextSoRunsNeverOverlap() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    Coalescer coalescer = new Coalescer(vertx, 50, key -> {
      events.add("start");
      Promise<Void> done = Promise.promise();
      vertx.setTimer(300, id -> {
        events.add("end");
        done.complete();
      });
      return done.future();
    });
    coalescer.fire("slow");
    Thread.sleep(100);
    coalescer.fire("slow");
    coalescer.fire("slow");
    Thread.sleep(900);
    assertEquals(List.of("start", "end", "start", "end"), events);
  }
}
