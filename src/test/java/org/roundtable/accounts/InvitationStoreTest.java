package org.roundtable.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Fixtures;
import org.roundtable.support.TestApp;
import org.roundtable.web.Role;

/** The store against the real database: clashing codes are replaced, and each code is claimed once. */
class InvitationStoreTest {
  @RegisterExtension
  static final TestApp app = new TestApp();
  private static Vertx vertx;
  private static Pool pool;
  private static String round;
  private static String staff;

  @BeforeAll
  static void connect() {
    vertx = Vertx.vertx();
    pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(8))
        .connectingTo(app.database().connectOptions()).using(vertx).build();
    round = Fixtures.round(app);
    app.token(Role.FACILITATOR);
    staff = await(pool.query("SELECT id::text FROM staff WHERE role = 'facilitator'").execute())
        .iterator().next().getString(0);
  }

  @AfterAll
  static void disconnect() {
    await(vertx.close());
  }

  @Test
  void aCodeThatClashesWithAnExistingOneIsReplacedByAFreshOne() {
    // Two stores drawing from the same seed: every code the second one tries first is already taken.
    List<String> first = make(new InvitationStore(pool, new InvitationCodes(new Random(42))), 20);
    List<String> second = make(new InvitationStore(pool, new InvitationCodes(new Random(42))), 20);
    assertEquals(new HashSet<>(first), fromSeed(42, 20), "same seed, same codes");
    assertEquals(20, second.size());
    Set<String> both = new HashSet<>(first);
    both.addAll(second);
    assertEquals(40, both.size(), "the second batch got 20 fresh codes instead of the taken ones");
  }

  @Test
  void ofManyPeopleRacingWithOneCodeExactlyOneJoins() {
    String code = make(new InvitationStore(pool, new InvitationCodes()), 1).get(0);
    InvitationStore store = new InvitationStore(pool, new InvitationCodes());
    List<Future<Optional<InvitationStore.Claim>>> racing = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      UUID participant = UUID.randomUUID();
      racing.add(pool.withTransaction(tx -> claimAndJoin(tx, store, code, participant)));
    }
    await(Future.join(racing));
    List<InvitationStore.Claim> won = racing.stream().map(f -> f.result()).flatMap(Optional::stream).toList();
    assertEquals(1, won.size());
    assertEquals(round, won.get(0).roundId());
    assertEquals(ParticipantGroup.FRONTLINE, won.get(0).group());
    assertEquals(Optional.empty(), await(store.claim(pool, code, UUID.randomUUID())), "used codes stay used");
  }

  @Test
  void claimingAcceptsTheCodeAsPeopleTypeItAndRefusesWhatIsNotACode() {
    InvitationStore store = new InvitationStore(pool, new InvitationCodes());
    String code = make(store, 1).get(0);
    String typed = InvitationCodes.format(code).toLowerCase().replace("-", " - ");
    assertTrue(await(pool.withTransaction(tx -> claimAndJoin(tx, store, typed, UUID.randomUUID()))).isPresent());
    assertEquals(Optional.empty(), await(store.claim(pool, "not a code", UUID.randomUUID())));
    assertEquals(Optional.empty(), await(store.claim(pool, "222-222-222", UUID.randomUUID())), "unknown code");
  }

  /** Claims as joining does: the participant row is written in the same transaction (the claim's foreign key). */
  private static Future<Optional<InvitationStore.Claim>> claimAndJoin(SqlClient tx, InvitationStore store, String code,
                                                                      UUID participant) {
    return store.claim(tx, code, participant).compose(claim -> claim.isEmpty() ? Future.succeededFuture(claim)
        : tx.preparedQuery("INSERT INTO participants (id, round_id, invitation_id, participant_group, pseudonym, "
            + "language) VALUES ($1, $2::uuid, $3::uuid, $4, 'Test', 'en')")
            .execute(Tuple.of(participant, claim.get().roundId(), claim.get().invitationId(), claim.get().group().wire()))
            .map(claim));
  }

  private static List<String> make(InvitationStore store, int count) {
    String batch = UUID.randomUUID().toString();
    return await(pool.withTransaction(tx -> store.createBatch(tx, round, ParticipantGroup.FRONTLINE, count, batch, staff)));
  }

  private static Set<String> fromSeed(long seed, int count) {
    InvitationCodes codes = new InvitationCodes(new Random(seed));
    Set<String> made = new HashSet<>();
    for (int i = 0; i < count; i++) {
      made.add(codes.generate());
    }
    return made;
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
