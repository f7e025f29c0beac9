package org.roundtable.support;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A server-sent events client, as a browser's EventSource would be: reads events as they arrive. */
public final class EventStreamClient implements AutoCloseable {
  /** One event: its name, its data, and when it arrived (System.nanoTime). */
  public record Event(String name, String data, long arrivedNanos) {
    public JsonObject json() {
      return new JsonObject(data);
    }
  }

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
  private final List<String> comments = new ArrayList<>();
  private final HttpResponse<Stream<String>> response;

  private EventStreamClient(HttpResponse<Stream<String>> response) {
    this.response = response;
    if (response.statusCode() == 200) {
      CompletableFuture.runAsync(this::read);
    }
  }

  /** Opens {@code path} with a bearer token (API) or a cookie header (pages); one of them may be null. */
  public static EventStreamClient open(String base, String path, String token, String cookie) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
        .header("Accept", "text/event-stream");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      return new EventStreamClient(client.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public int status() {
    return response.statusCode();
  }

  public String contentType() {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** The next event, or null after {@code millis}. */
  public Event next(long millis) throws InterruptedException {
    return events.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** Skips events until one matches, or null after {@code millis} in all. */
  public Event await(Predicate<Event> wanted, long millis) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    for (long left = millis; left > 0; left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())) {
      Event event = next(left);
      if (event != null && wanted.test(event)) {
        return event;
      }
    }
    return null;
  }

  /** Everything that arrived so far and was not taken yet. */
  public List<Event> drain() {
    List<Event> all = new ArrayList<>();
    events.drainTo(all);
    return all;
  }

  /** How many events arrived since the stream opened, taken or not. */
  public int received() {
    return received.get();
  }

  public synchronized List<String> comments() {
    return List.copyOf(comments);
  }

  private void read() {
    String name = "message";
    StringBuilder data = new StringBuilder();
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            received.incrementAndGet();
            events.add(new Event(name, data.toString(), System.nanoTime()));
          }
          name = "message";
          data.setLength(0);
        } else if (line.startsWith(":")) {
          synchronized (this) {
            comments.add(line);
          }
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          if (data.length() > 0) {
            data.append('\n');
          }
          data.append(line.substring(5).strip());
        }
      }
    } catch (RuntimeException e) {
      // closed by the test or the server
    }
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (RuntimeException e) {
      // already closed
    }
  }
}
