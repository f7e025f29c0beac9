package org.roundtable.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.db.DatabaseAddress;
import org.roundtable.support.ApiClient;
import org.roundtable.support.Fixtures;
import org.roundtable.support.HttpResult;
import org.roundtable.support.Participants;
import org.roundtable.support.ServerProcess;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** kill -9 in the middle of a voting load: after the restart every vote that was answered 2xx is in the database. */
class CrashTest {
  private static final List<String> CHOICES = List.of("go_ahead", "go_ahead_with_changes", "not_yet", "do_not_build");
  private static final int VOTERS = 8;

  @RegisterExtension
  static final TestApp setup = new TestApp();

  /** What one voter was told: the last choice answered 2xx per proposal, and the one still unanswered at the kill. */
  private record Voter(String token, String participantId, Map<String, String> acknowledged,
                       Map<String, String> unanswered) {}

  @Test
  void everyVoteAnswered2xxBeforeAKillIsInTheDatabase() throws Exception {
    String roundId = Participants.openRound(setup);
    List<String> proposals = List.of(Fixtures.publishedProposal(setup, roundId),
        Fixtures.publishedProposal(setup, roundId), Fixtures.publishedProposal(setup, roundId));
    List<Voter> voters = new ArrayList<>();
    for (int i = 0; i < VOTERS; i++) {
      String token = Participants.token(setup, Participants.code(setup, roundId));
      String id = setup.api().get("/api/v1/me", token).json().getString("id");
      voters.add(new Voter(token, id, new HashMap<>(), new HashMap<>()));
    }
    setup.token(Role.FACILITATOR);
    DatabaseAddress db = setup.database();
    setup.stop();

    try (ServerProcess server = new ServerProcess(db)) {
      server.start();
      ApiClient api = new ApiClient(server.base());
      AtomicBoolean going = new AtomicBoolean(true);
      ExecutorService load = Executors.newFixedThreadPool(VOTERS);
      List<Future<Integer>> counts = new ArrayList<>();
      for (Voter voter : voters) {
        counts.add(load.submit(() -> voteUntilItFails(api, voter, proposals, going)));
      }
      Thread.sleep(1500);
      server.kill();
      going.set(false);
      load.shutdown();
      assertTrue(load.awaitTermination(40, TimeUnit.SECONDS), "the voters noticed the server was gone");
      int acknowledged = 0;
      for (Future<Integer> count : counts) {
        acknowledged += count.get();
      }
      assertTrue(acknowledged >= VOTERS, "votes were answered before the kill: " + acknowledged);

      server.start();
      assertEquals(200, api.get("/health", null).status(), "it starts again after the kill");
      Map<String, String> stored = storedVotes(db);
      for (Voter voter : voters) {
        voter.acknowledged().forEach((proposal, choice) -> {
          String found = stored.get(voter.participantId() + "/" + proposal);
          // The request in flight at the kill may or may not have committed: either answer is honest.
          assertTrue(choice.equals(found) || found != null && found.equals(voter.unanswered().get(proposal)),
              "acknowledged " + choice + " for " + voter.participantId() + " on " + proposal + ", stored " + found);
        });
      }
    }
  }

  /** Votes, changing the choice each time, until the server stops answering; returns how many got a 2xx. */
  private static int voteUntilItFails(ApiClient api, Voter voter, List<String> proposals, AtomicBoolean going) {
    int acknowledged = 0;
    for (int i = 0; going.get(); i++) {
      String proposal = proposals.get(i % proposals.size());
      String choice = CHOICES.get((i / proposals.size()) % CHOICES.size());
      voter.unanswered().put(proposal, choice);
      HttpResult answer;
      try {
        answer = api.put("/api/v1/proposals/" + proposal + "/vote", voter.token(), new JsonObject().put("choice", choice));
      } catch (IllegalStateException connectionLost) {
        return acknowledged;
      }
      assertTrue(answer.status() / 100 == 2, answer.toString());
      voter.unanswered().remove(proposal);
      voter.acknowledged().put(proposal, choice);
      acknowledged++;
    }
    return acknowledged;
  }

  private static Map<String, String> storedVotes(DatabaseAddress db) throws Exception {
    Map<String, String> votes = new HashMap<>();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
         ResultSet rows = c.createStatement().executeQuery("SELECT participant_id, proposal_id, choice FROM votes")) {
      while (rows.next()) {
        votes.put(rows.getString(1) + "/" + rows.getString(2), rows.getString(3));
      }
    }
    return votes;
  }
}
