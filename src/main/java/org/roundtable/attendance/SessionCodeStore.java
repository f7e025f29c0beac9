package org.roundtable.attendance;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import org.roundtable.accounts.InvitationCodes;

/**
 * The short code of each session that people type to check themselves in, e.g. {@code K7M-Q2P}: 6 symbols of the
 * invitation codes' alphabet (no look-alikes), about 28.5 bits. It is only good for an hour or two and only for
 * people of the session's own round, and wrong guesses are throttled, so short is safe enough and quick to type.
 */
final class SessionCodeStore {
  static final int LENGTH = 6;
  private static final int ATTEMPTS = 5;

  private final Pool pool;
  private final InvitationCodes codes;

  SessionCodeStore(Pool pool, InvitationCodes codes) {
    this.pool = pool;
    this.codes = codes;
  }

  /** The session's code in canonical form, made the first time staff need it. */
  Future<String> codeFor(String sessionId) {
    return codeFor(sessionId, ATTEMPTS);
  }

  private Future<String> codeFor(String sessionId, int attempts) {
    if (attempts == 0) {
      return Future.failedFuture(new IllegalStateException("Session codes kept clashing; is the random source broken?"));
    }
    // A clash with another session's code, or another request making this session's code, inserts nothing.
    return pool.preparedQuery("INSERT INTO session_codes (session_id, code) VALUES ($1::uuid, $2) ON CONFLICT DO NOTHING")
        .execute(Tuple.of(sessionId, codes.generate(LENGTH)))
        .compose(v -> pool.preparedQuery("SELECT code FROM session_codes WHERE session_id = $1::uuid")
            .execute(Tuple.of(sessionId)))
        .compose(rows -> rows.size() == 1 ? Future.succeededFuture(rows.iterator().next().getString(0))
            : codeFor(sessionId, attempts - 1));
  }

  /** The session a typed code belongs to; empty if it is not a code or no session has it. */
  Future<Optional<String>> sessionFor(String typed) {
    Optional<String> code = InvitationCodes.normalize(typed, LENGTH);
    if (code.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery("SELECT session_id::text FROM session_codes WHERE code = $1").execute(Tuple.of(code.get()))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString(0)));
  }

  static boolean looksLikeACode(String typed) {
    return InvitationCodes.normalize(typed, LENGTH).isPresent();
  }

  static String display(String canonical) {
    return InvitationCodes.format(canonical, LENGTH);
  }
}
