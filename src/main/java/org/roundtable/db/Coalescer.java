package org.roundtable.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs an action for a key at most once per interval: the first call runs at once, calls while it runs or
 * within the interval after it started fold into one more run at the end of the interval. A run that is
 * slower than the interval delays the next one, so runs for a key never overlap or finish out of order.
 * Safe to call from any thread.
 */
public final class Coalescer {
  private static final class State {
    long lastStart = Long.MIN_VALUE / 2;
    boolean running;
    boolean again;
  }

  private final Vertx vertx;
  private final long intervalMs;
  private final Function<String, Future<?>> action;
  // One small entry per key ever fired (e.g. per proposal), kept so the interval holds across quiet spells.
  private final Map<String, State> states = new HashMap<>();

  public Coalescer(Vertx vertx, long intervalMs, Function<String, Future<?>> action) {
    this.vertx = vertx;
    this.intervalMs = intervalMs;
    this.action = action;
  }

  public void fire(String key) {
    long wait;
    synchronized (states) {
      State state = states.computeIfAbsent(key, k -> new State());
      if (state.running || state.again) {
        state.again = true;
        return;
      }
      wait = state.lastStart + intervalMs - now();
      if (wait > 0) {
        state.again = true;
      } else {
        state.running = true;
        state.lastStart = now();
      }
    }
    if (wait > 0) {
      vertx.setTimer(wait, id -> runAgain(key));
    } else {
      run(key);
    }
  }

  private void run(String key) {
    Future<?> done;
    try {
      done = action.apply(key);
    } catch (RuntimeException e) {
      done = Future.failedFuture(e);
    }
    done.onComplete(result -> finished(key));
  }

  /** The folded call: its turn has come. */
  private void runAgain(String key) {
    synchronized (states) {
      State state = states.get(key);
      state.again = false;
      state.running = true;
      state.lastStart = now();
    }
    run(key);
  }

  private void finished(String key) {
    long wait;
    synchronized (states) {
      State state = states.get(key);
      state.running = false;
      if (!state.again) {
        return;
      }
      wait = Math.max(1, state.lastStart + intervalMs - now());
    }
    vertx.setTimer(wait, id -> runAgain(key));
  }

  private static long now() {
    return System.nanoTime() / 1_000_000;
  }
}
