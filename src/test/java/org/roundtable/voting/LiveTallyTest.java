package org.roundtable.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.roundtable.db.Notifications;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.EventStreamClient;
import org.roundtable.support.EventStreamClient.Event;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.support.TestDatabase;
import org.roundtable.web.Role;

/** The live tally stream: a snapshot first, then every change within a second, and never a flood. */
class LiveTallyTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void snapshotComesFirstThenANewTallyWithinASecondOfAnotherVote() throws Exception {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    List<String> voters = Voters.join(app, roundId, 2);
    assertEquals(200, Voters.vote(app, voters.get(0), proposalId, "go_ahead").status());

    try (EventStreamClient stream = EventStreamClient.open(app.base(), live(proposalId), voters.get(0), null)) {
      assertEquals(200, stream.status());
      assertTrue(stream.contentType().startsWith("text/event-stream"), stream.contentType());
      Event snapshot = stream.next(2000);
      assertNotNull(snapshot, "a snapshot first");
      assertEquals("tally", snapshot.name());
      assertEquals(1, snapshot.json().getInteger("total"));
      assertEquals(proposalId, snapshot.json().getString("proposalId"));

      long voted = System.nanoTime();
      assertEquals(200, Voters.vote(app, voters.get(1), proposalId, "do_not_build").status());
      Event update = stream.await(e -> e.json().getInteger("total") == 2, 1000);
      assertNotNull(update, "the new tally within a second");
      assertEquals(1, update.json().getJsonObject("choices").getInteger("do_not_build"));
      assertEquals(update.data(), Voters.tally(app, voters.get(0), proposalId).json().encode(),
          "the event carries the tally endpoint's JSON");
      System.out.printf("live tally: vote to event in %d ms%n", TimeUnit.NANOSECONDS.toMillis(update.arrivedNanos() - voted));
    }
  }

  @Test
  void afterTheListenConnectionIsCutItComesBackAndCatchesUp() throws Exception {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    List<String> voters = Voters.join(app, roundId, 2);
    try (EventStreamClient stream = EventStreamClient.open(app.base(), live(proposalId), app.token(Role.ADMIN), null)) {
      assertEquals(0, stream.next(2000).json().getInteger("total"));
      TestDatabase.execute(app.database(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
          + " WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
      // Votes while nobody listens: their notifications are lost, the re-read after reconnecting is not.
      assertEquals(200, Voters.vote(app, voters.get(0), proposalId, "go_ahead").status());
      assertEquals(200, Voters.vote(app, voters.get(1), proposalId, "go_ahead").status());
      assertNotNull(stream.await(e -> e.json().getInteger("total") == 2, 5000), "caught up after reconnecting");
      Thread.sleep(300);
      String third = Voters.one(app, roundId);
      assertEquals(200, Voters.vote(app, third, proposalId, "not_yet").status());
      assertNotNull(stream.await(e -> e.json().getInteger("total") == 3, 1000), "and live again");
    }
  }

  @Test
  void aParticipantWatchesOnlyAfterVotingAndStaffAlways() throws Exception {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String me = Voters.one(app, roundId);
    HttpResult refused = app.api().get(live(proposalId), me);
    assertEquals(403, refused.status(), refused.toString());
    assertEquals("vote_first", refused.json().getJsonObject("error").getString("code"));
    assertEquals(404, app.api().get(live(Fixtures.publishedProposal(app, Participants.openRound(app))), me).status());
    for (Role staff : Role.STAFF) {
      try (EventStreamClient stream = EventStreamClient.open(app.base(), live(proposalId), app.token(staff), null)) {
        assertEquals(200, stream.status(), staff.wire());
        assertEquals(0, stream.next(2000).json().getInteger("total"));
      }
    }
  }

  @Test
  void browsersWatchThroughThePagePathWithTheirSessionCookie() throws Exception {
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    String me = Voters.one(app, roundId);
    Voters.vote(app, me, proposalId, "not_yet");
    try (EventStreamClient stream = EventStreamClient.open(app.base(), "/proposals/" + proposalId + "/live", null,
        "rt_session=" + me)) {
      assertEquals(200, stream.status());
      assertEquals(1, stream.next(2000).json().getJsonObject("choices").getInteger("not_yet"));
    }
    String staffCookie = "rt_session=" + app.token(Role.FACILITATOR);
    try (EventStreamClient room = EventStreamClient.open(app.base(), "/staff/rounds/" + roundId + "/live", null,
        staffCookie)) {
      assertEquals(200, room.status());
      assertEquals(proposalId, room.next(2000).json().getString("proposalId"));
    }
  }

  @Test
  void aBurstOfVotesGivesOnlyAFewEventsAndEndsOnTheFullCount() throws Exception {
    int voters = 200;
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    List<String> tokens = Voters.join(app, roundId, voters);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (EventStreamClient stream = EventStreamClient.open(app.base(), live(proposalId), app.token(Role.FACILITATOR),
        null)) {
      assertEquals(0, stream.next(2000).json().getInteger("total"));
      long start = System.nanoTime();
      java.util.Queue<Long> answered = new java.util.concurrent.ConcurrentLinkedQueue<>();
      CompletableFuture<?>[] votes = new CompletableFuture<?>[voters];
      for (int i = 0; i < voters; i++) {
        String choice = Choice.WIRE.get(i % 4);
        votes[i] = client.sendAsync(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/proposals/" + proposalId + "/vote"))
            .header("Authorization", "Bearer " + tokens.get(i)).header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(new JsonObject().put("choice", choice).encode())).build(),
            HttpResponse.BodyHandlers.ofString()).thenAccept(r -> {
              assertEquals(200, r.statusCode(), r.body());
              answered.add(System.nanoTime());
            });
      }
      CompletableFuture.allOf(votes).get(60, TimeUnit.SECONDS);
      long burstMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      Event last = stream.await(e -> e.json().getInteger("total") == voters, 2000);
      assertNotNull(last, "the full count arrives");
      Thread.sleep(600);
      List<Event> after = stream.drain();
      long spanMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(last.arrivedNanos() - start));
      int events = stream.received() - 1;
      long firstAnswerMs = TimeUnit.NANOSECONDS.toMillis(answered.stream().min(Long::compare).orElseThrow() - start);
      System.out.printf("live tally burst: %d concurrent votes answered from %d ms to %d ms gave %d events,"
          + " the last at %d ms%n", voters, firstAnswerMs, burstMs, events, spanMs);
      // At most one per coalescing interval, plus the first at once and a trailing one.
      assertTrue(events <= spanMs / Notifications.INTERVAL_MS + 3, events + " events in " + spanMs + " ms");
      assertTrue(after.isEmpty(), "nothing after the full count: " + after);
    }
  }

  @Test
  void votesKeepingOnForTwoSecondsGiveAFewUpdatesASecond() throws Exception {
    int voters = 100;
    String roundId = Participants.openRound(app);
    String proposalId = Fixtures.publishedProposal(app, roundId);
    List<String> tokens = Voters.join(app, roundId, voters);
    try (EventStreamClient stream = EventStreamClient.open(app.base(), live(proposalId), app.token(Role.FACILITATOR),
        null)) {
      assertEquals(0, stream.next(2000).json().getInteger("total"));
      long start = System.nanoTime();
      for (int i = 0; i < voters; i++) {
        assertEquals(200, Voters.vote(app, tokens.get(i), proposalId, Choice.WIRE.get(i % 4)).status());
        Thread.sleep(15);
      }
      long votingMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertNotNull(stream.await(e -> e.json().getInteger("total") == voters, 2000), "the full count arrives");
      int events = stream.received() - 1;
      double perSecond = events * 1000.0 / votingMs;
      System.out.printf("live tally sustained: %d votes over %d ms gave %d events (%.1f events/s)%n",
          voters, votingMs, events, perSecond);
      assertTrue(events <= votingMs / Notifications.INTERVAL_MS + 3, events + " events in " + votingMs + " ms");
      assertTrue(events >= 3, "updates keep coming while people vote: " + events);
    }
  }

  private static String live(String proposalId) {
    return "/api/v1/proposals/" + proposalId + "/live";
  }
}
