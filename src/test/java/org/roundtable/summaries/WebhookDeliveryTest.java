package org.roundtable.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.support.TestDatabase;
import org.roundtable.web.Role;

/** Published versions reach a real HTTP receiver, signed, retried after failures, and once only across restarts. */
class WebhookDeliveryTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static final Vertx vertx = Vertx.vertx();
  private static final String SECRET = "a secret of at least sixteen";

  /** What a receiver got: the delivery id, the signature header and the body. */
  record Received(String delivery, String signature, String body) {}

  /** A test receiver: answers 200 (or {@code failFirst} times 503 first) and keeps what it got. */
  static final class Receiver implements AutoCloseable {
    final List<Received> got = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    Receiver(int port, int failFirst) {
      int[] left = {failFirst};
      server = await(vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
        got.add(new Received(req.getHeader("X-Roundtable-Delivery"), req.getHeader("X-Roundtable-Signature"),
            body.toString(StandardCharsets.UTF_8)));
        req.response().setStatusCode(left[0]-- > 0 ? 503 : 200).end();
      })).listen(port));
    }

    @Override
    public void close() {
      await(server.close());
    }
  }

  @AfterAll
  static void closeVertx() {
    await(vertx.close());
  }

  @Test
  void eachPublishedVersionArrivesSignedWithItsDeliveryIdAndTheSecretIsNeverShown() throws Exception {
    int port = freePort();
    try (Receiver receiver = new Receiver(port, 0)) {
      HttpResult hook = addHook(app, port);
      assertFalse(hook.body().contains(SECRET), hook.body());
      String roundId = roundWithAProposal(app);
      int version = publish(app, roundId);
      waitFor(() -> receiver.got.size() == 1);

      Received got = receiver.got.get(0);
      assertEquals("sha256=" + hmac(SECRET, got.body()), got.signature());
      assertTrue(got.delivery() != null && !got.delivery().isBlank());
      String stored = app.api().get("/api/v1/rounds/" + roundId + "/summaries/" + version, app.token(Role.DEVELOPER)).body();
      assertEquals(stored, got.body());
      assertEquals(version, new JsonObject(got.body()).getInteger("version"));

      waitFor(() -> delivery(app, got.delivery()).getString("status").equals("sent"));
      HttpResult list = app.api().get("/api/v1/webhooks", app.token(Role.ADMIN));
      assertFalse(list.body().contains(SECRET), list.body());
      assertEquals(403, app.api().get("/api/v1/webhooks", app.token(Role.FACILITATOR)).status());
      HttpResult page = app.pagesAs(Role.ADMIN).get("/staff/webhooks");
      assertEquals(200, page.status());
      assertFalse(page.body().contains(SECRET));
    }
  }

  @Test
  void aDeliveryIsRetriedAfterTheReceiverWasDownAndShowsAsFailingMeanwhile() throws Exception {
    int port = freePort();
    addHook(app, port);
    String roundId = roundWithAProposal(app);
    publish(app, roundId);
    // Nobody listens on the port yet: the first try fails and waits for its back-off.
    waitFor(() -> deliveriesTo(app, port).stream().anyMatch(d -> d.getString("status").equals("failing")));
    JsonObject failing = deliveriesTo(app, port).get(0);
    assertEquals(1, failing.getInteger("attempts"));
    assertTrue(failing.getString("nextAttemptAt") != null);

    try (Receiver receiver = new Receiver(port, 1)) {
      retryNow(app);
      waitFor(() -> receiver.got.size() == 1);
      waitFor(() -> deliveriesTo(app, port).get(0).getInteger("lastStatus", 0) == 503);
      retryNow(app);
      waitFor(() -> receiver.got.size() == 2);
      waitFor(() -> deliveriesTo(app, port).get(0).getString("status").equals("sent"));
      assertEquals(receiver.got.get(0).delivery(), receiver.got.get(1).delivery(), "the same delivery, tried again");
      assertEquals(3, deliveriesTo(app, port).get(0).getInteger("attempts"));
    }
  }

  @Test
  void aDeliveryPendingAtARestartIsSentOnceAfterwardsEvenWithTwoServers() throws Exception {
    int port = freePort();
    addHook(app, port);
    String roundId = roundWithAProposal(app);
    publish(app, roundId);
    waitFor(() -> deliveriesTo(app, port).stream().anyMatch(d -> d.getString("status").equals("failing")));
    app.stop();
    app.start(app.database());
    TestApp second = new TestApp();
    second.start(app.database());
    try (Receiver receiver = new Receiver(port, 0)) {
      for (int i = 0; i < 4; i++) {
        publish(i % 2 == 0 ? app : second, roundId);
      }
      retryNow(app);
      waitFor(() -> receiver.got.size() >= 5);
      Thread.sleep(3000);
      assertEquals(5, receiver.got.size(), "each version once: " + receiver.got.stream().map(Received::delivery).toList());
      assertEquals(5, receiver.got.stream().map(Received::delivery).distinct().count());
    } finally {
      second.stop();
    }
  }

  private static HttpResult addHook(TestApp on, int port) {
    HttpResult made = on.api().post("/api/v1/webhooks", on.token(Role.ADMIN),
        new JsonObject().put("url", "http://localhost:" + port + "/hook").put("secret", SECRET));
    assertEquals(201, made.status(), made.toString());
    return made;
  }

  private static String roundWithAProposal(TestApp on) {
    String roundId = Participants.openRound(on);
    Fixtures.publishedProposal(on, roundId);
    return roundId;
  }

  private static int publish(TestApp on, String roundId) {
    // Tokens live in the database: the first app's token works on a second server too.
    HttpResult published = on.api().post("/api/v1/rounds/" + roundId + "/summaries", app.token(Role.FACILITATOR), null);
    assertEquals(201, published.status(), published.toString());
    return published.json().getInteger("version");
  }

  private static List<JsonObject> deliveriesTo(TestApp on, int port) {
    return on.api().get("/api/v1/webhooks", on.token(Role.ADMIN)).json().getJsonArray("deliveries").stream()
        .map(JsonObject.class::cast).filter(d -> d.getString("url").contains(":" + port + "/")).toList();
  }

  private static JsonObject delivery(TestApp on, String id) {
    return on.api().get("/api/v1/webhooks", on.token(Role.ADMIN)).json().getJsonArray("deliveries").stream()
        .map(JsonObject.class::cast).filter(d -> d.getString("id").equals(id)).findFirst().orElseThrow();
  }

  /** Skips the back-off wait instead of sleeping through it. */
  private static void retryNow(TestApp on) {
    TestDatabase.execute(on.database(), "UPDATE webhook_deliveries SET next_attempt_at = now() WHERE delivered_at IS NULL");
  }

  private static String hmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not within 20 s");
      }
      Thread.sleep(100);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static <T> T await(io.vertx.core.Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
