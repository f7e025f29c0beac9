package org.roundtable.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtable.support.EventStreamClient;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.PageClient;
import org.roundtable.support.Participants;
import org.roundtable.support.StoppableDatabase;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** PostgreSQL stops for ten seconds under load: quick, clear 503s meanwhile, and everything comes back by itself. */
class DatabaseOutageTest {
  private static final long DOWN_MS = 10_000;
  private static final long QUICK_MS = 3_000;
  private static final StoppableDatabase postgres = StoppableDatabase.started("outage");
  private static final TestApp app = new TestApp();

  private record Answer(int status, long millis) {}

  @BeforeAll
  static void start() {
    app.start(postgres.address());
  }

  @AfterAll
  static void stop() {
    app.stop();
    postgres.close();
  }

  @Test
  void whileTheDatabaseIsDownEveryAnswerIsAQuick503AndItRecoversOnItsOwn() throws Exception {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String voter = Participants.token(app, Participants.code(app, roundId));
    String another = Participants.token(app, Participants.code(app, roundId));
    PageClient browser = Participants.browser(app, Participants.code(app, roundId)).language("es");
    String facilitator = app.token(Role.FACILITATOR);
    assertEquals(200, vote(voter, proposalId, "go_ahead").status());

    List<Answer> answers = new CopyOnWriteArrayList<>();
    AtomicBoolean loading = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(4);
    List<Supplier<HttpResult>> requests = List.of(
        () -> vote(voter, proposalId, "not_yet"), () -> vote(another, proposalId, "go_ahead"),
        () -> browser.get("/proposals/" + proposalId), () -> app.api().get("/health", null));
    for (Supplier<HttpResult> request : requests) {
      load.submit(() -> {
        while (loading.get()) {
          long start = System.nanoTime();
          int status = request.get().status();
          answers.add(new Answer(status, (System.nanoTime() - start) / 1_000_000));
        }
      });
    }
    try {
      Thread.sleep(500);
      long downAt = System.nanoTime();
      postgres.stop();

      HttpResult health = app.api().get("/health", null);
      assertEquals(503, health.status(), health.toString());
      assertEquals("down", health.json().getString("database"));
      HttpResult api = vote(voter, proposalId, "not_yet");
      assertEquals(503, api.status(), api.toString());
      assertEquals("database_unavailable", api.json().getJsonObject("error").getString("code"));
      assertEquals("5", api.header("Retry-After"));
      HttpResult page = browser.get("/proposals/" + proposalId);
      assertEquals(503, page.status());
      assertTrue(page.body().contains("Volvemos pronto"), "a friendly page in the reader's language");
      assertTrue(page.body().contains("No se perdió nada"), page.body());

      Thread.sleep(Math.max(0, DOWN_MS - (System.nanoTime() - downAt) / 1_000_000));
      postgres.start();
      long upAt = System.nanoTime();
      while (app.api().get("/health", null).status() != 200) {
        assertTrue(System.nanoTime() - upAt < TimeUnit.SECONDS.toNanos(10), "health is ok again within 10 s");
        Thread.sleep(100);
      }
      Thread.sleep(500);
    } finally {
      loading.set(false);
      load.shutdown();
      assertTrue(load.awaitTermination(30, TimeUnit.SECONDS), "no request hung");
    }

    assertTrue(answers.stream().anyMatch(a -> a.status() == 503), "the load saw the outage");
    assertTrue(answers.stream().allMatch(a -> a.status() == 200 || a.status() == 503), statuses(answers));
    long slowest = answers.stream().mapToLong(Answer::millis).max().orElseThrow();
    assertTrue(slowest < QUICK_MS, "every answer came within " + QUICK_MS + " ms, the slowest took " + slowest);

    assertEquals(200, vote(voter, proposalId, "not_yet").status(), "votes work again");
    assertEquals(200, browser.get("/proposals/" + proposalId).status(), "pages and their sign-in work again");
    // The LISTEN connection reconnects too: a new vote reaches a live stream.
    try (EventStreamClient live = EventStreamClient.open(app.base(), "/api/v1/proposals/" + proposalId + "/live",
        facilitator, null)) {
      live.next(3000);
      String other = Participants.token(app, Participants.code(app, roundId));
      assertEquals(200, vote(other, proposalId, "go_ahead").status());
      assertNotNull(live.await(e -> e.json().getInteger("total") == 3, 8000), "the live tally has the new vote");
    }
  }

  private static HttpResult vote(String token, String proposalId, String choice) {
    return app.api().put("/api/v1/proposals/" + proposalId + "/vote", token, new JsonObject().put("choice", choice));
  }

  private static String statuses(List<Answer> answers) {
    return answers.stream().map(a -> String.valueOf(a.status())).distinct().toList().toString();
  }
}
