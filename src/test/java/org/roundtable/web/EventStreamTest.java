package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.EventStreamClient;

/** The server-sent events writer on a real HTTP server: headers, named events, pings, clean-up on disconnect. */
class EventStreamTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void eventsArriveNamedWithPingsBetweenAndCleanUpRunsWhenTheClientLeaves() throws Exception {
    AtomicReference<EventStream> opened = new AtomicReference<>();
    CountDownLatch cleanedUp = new CountDownLatch(1);
    Router router = Router.router(vertx);
    router.get("/stream").handler(ctx -> {
      EventStream stream = EventStream.open(ctx, 100);
      stream.onClose(cleanedUp::countDown);
      stream.send("tally", "{\"total\":1}");
      opened.set(stream);
    });
    HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0).await();
    String base = "http://localhost:" + server.actualPort();

    try (EventStreamClient client = EventStreamClient.open(base, "/stream", null, null)) {
      assertEquals(200, client.status());
      assertTrue(client.contentType().startsWith("text/event-stream"));
      EventStreamClient.Event first = client.next(2000);
      assertEquals("tally", first.name());
      assertEquals("{\"total\":1}", first.data());
      // From another thread, as the notification hub does.
      new Thread(() -> opened.get().send("tally", "line one\nline two")).start();
      assertEquals("line one\nline two", client.next(2000).data());
      Thread.sleep(350);
      assertTrue(client.comments().stream().filter(": ping"::equals).count() >= 2, client.comments().toString());
    }
    assertTrue(cleanedUp.await(5, TimeUnit.SECONDS), "clean-up ran after the client left");
    assertTrue(opened.get().closed());
  }
}
