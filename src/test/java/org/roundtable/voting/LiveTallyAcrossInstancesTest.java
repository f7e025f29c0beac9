package org.roundtable.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.EventStreamClient;
import org.roundtable.support.EventStreamClient.Event;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Participants;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** Two Roundtable processes on one database, as behind a load balancer: a vote on one reaches the other's streams. */
class LiveTallyAcrossInstancesTest {
  @RegisterExtension
  @Order(1)
  static final TestApp first = new TestApp();
  @RegisterExtension
  @Order(2)
  static final TestApp second = TestApp.sharingDatabaseWith(first);

  @Test
  void aVoteThroughOneInstanceReachesTheOthersStreamWithinASecond() throws Exception {
    String roundId = Participants.openRound(first);
    String proposalId = Fixtures.publishedProposal(first, roundId);
    List<String> voters = Voters.join(first, roundId, 2);
    String path = "/api/v1/proposals/" + proposalId + "/live";
    try (EventStreamClient onSecond = EventStreamClient.open(second.base(), path, first.token(Role.FACILITATOR), null);
         EventStreamClient onFirst = EventStreamClient.open(first.base(), path, first.token(Role.FACILITATOR), null)) {
      assertEquals(0, onSecond.next(2000).json().getInteger("total"));
      assertEquals(0, onFirst.next(2000).json().getInteger("total"));

      assertEquals(200, Voters.vote(first, voters.get(0), proposalId, "go_ahead").status());
      Event there = onSecond.await(e -> e.json().getInteger("total") == 1, 1000);
      assertNotNull(there, "the other instance's stream has the vote within a second");
      assertNotNull(onFirst.await(e -> e.json().getInteger("total") == 1, 1000), "and so does this one's");

      // The other way round, with the vote sent to the second instance.
      assertEquals(200, second.api().put("/api/v1/proposals/" + proposalId + "/vote", voters.get(1),
          new io.vertx.core.json.JsonObject().put("choice", "not_yet")).status());
      assertNotNull(onFirst.await(e -> e.json().getInteger("total") == 2, 1000));
      assertNotNull(onSecond.await(e -> e.json().getInteger("total") == 2, 1000));
    }
  }
}
