package org.roundtable.accounts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.roundtable.db.Notifications;
import org.roundtable.db.SharedCache;
import org.roundtable.web.Actor;
import org.roundtable.web.Authenticator;
import org.roundtable.web.Role;

/**
 * Sign-in tokens kept in PostgreSQL, so a session survives a restart and is valid on every instance. Browser
 * sessions and API bearer tokens, of staff and of participants, share the table; only their SHA-256 is stored.
 * Every request needs the person behind its token, so each process keeps the answers it looked up: a change to
 * the person or the token reaches every process through the database (trigger {@code roundtable_changed}).
 */
public final class AuthTokens implements Authenticator {
  public enum Kind { SESSION, BEARER }

  static final Duration LIFETIME = Duration.ofDays(30);
  private static final SecureRandom RANDOM = new SecureRandom();
  // Staff or participant in one query; a participant who has withdrawn signs in as nobody.
  private static final String LOOKUP = "SELECT coalesce(s.id, p.id)::text, coalesce(s.role, 'participant'), "
      + "coalesce(s.name, p.pseudonym), p.language, p.round_id::text, coalesce(p.consent_take_part, true) "
      + "FROM auth_tokens t "
      + "LEFT JOIN staff s ON s.id = t.staff_id "
      + "LEFT JOIN participants p ON p.id = t.participant_id AND p.withdrawn_at IS NULL "
      + "WHERE t.token_hash = $1 AND t.expires_at > now() AND (s.id IS NOT NULL OR p.id IS NOT NULL)";
  private static final String ISSUE = "INSERT INTO auth_tokens (token_hash, staff_id, participant_id, kind, expires_at) "
      + "VALUES ($1, $2::uuid, $3::uuid, $4, now() + make_interval(days => $5))";

  static final String CHANNEL = "roundtable_actor";
  // Kept at most a minute even if every change notice arrived; one entry per signed-in device (~300 bytes).
  private static final long KEEP_MS = 60_000;
  private static final int MAX_KEPT = 50_000;

  private final Pool pool;
  private final SharedCache<Actor> actors;

  public AuthTokens(Pool pool, Notifications notifications) {
    this.pool = pool;
    this.actors = new SharedCache<>(notifications, CHANNEL, KEEP_MS, MAX_KEPT, this::lookUp, Actor::id);
  }

  public Future<String> issueForStaff(String staffId, Kind kind) {
    return issue(pool, staffId, null, kind);
  }

  /** Inside the transaction that lets the participant in (joining, or coming back with their code). */
  public Future<String> issueForParticipant(SqlClient tx, String participantId, Kind kind) {
    return issue(tx, null, participantId, kind);
  }

  /** Signs a participant out everywhere: every browser and every API token. */
  public Future<Void> revokeAllForParticipant(SqlClient tx, String participantId) {
    return tx.preparedQuery("DELETE FROM auth_tokens WHERE participant_id = $1::uuid").execute(Tuple.of(participantId))
        .mapEmpty();
  }

  private Future<String> issue(SqlClient client, String staffId, String participantId, Kind kind) {
    String token = newToken();
    return client.preparedQuery(ISSUE)
        .execute(Tuple.of(hash(token), staffId, participantId, kind.name().toLowerCase(), (int) LIFETIME.toDays()))
        .map(token);
  }

  public Future<Void> revoke(String token) {
    return pool.preparedQuery("DELETE FROM auth_tokens WHERE token_hash = $1").execute(Tuple.of(hash(token)))
        .<Void>mapEmpty().andThen(done -> actors.forget(key(token)));
  }

  /**
   * After a committed change to who a person is (consent, name, language, withdrawal, tokens): this process
   * forgets them at once; the others hear it from the database.
   */
  public void changed(String personId) {
    actors.forget(personId);
  }

  @Override
  public Future<Optional<Actor>> actorForToken(String token) {
    return actors.get(key(token)).map(Optional::ofNullable);
  }

  private Future<Actor> lookUp(String key) {
    return pool.preparedQuery(LOOKUP).execute(Tuple.of(HexFormat.of().parseHex(key))).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row row = rows.iterator().next();
      return new Actor(row.getString(0), Role.fromWire(row.getString(1)).orElseThrow(),
          row.getString(2), row.getString(3), row.getString(4), row.getBoolean(5));
    });
  }

  private static String key(String token) {
    return HexFormat.of().formatHex(hash(token));
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
