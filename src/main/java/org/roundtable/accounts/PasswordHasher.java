package org.roundtable.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Argon2id with OWASP's recommended floor (19 MiB, 2 passes). Hashing is deliberately slow, so it runs on a
 * worker thread, never on the event loop.
 */
public final class PasswordHasher {
  public static final int MIN_LENGTH = 12;
  private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
  // A real hash to compare against when the email is unknown, so timing does not reveal which emails exist.
  private static final String DECOY = Password.hash("decoy-password-for-timing").addRandomSalt(16).with(ARGON2).getResult();

  private final Vertx vertx;

  public PasswordHasher(Vertx vertx) {
    this.vertx = vertx;
  }

  public Future<String> hash(String password) {
    return vertx.executeBlocking(() -> hashNow(password), false);
  }

  public Future<Boolean> matches(String password, String hash) {
    return vertx.executeBlocking(() -> Password.check(password, hash == null ? DECOY : hash).with(ARGON2)
        && hash != null, false);
  }

  static String hashNow(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
  }
}
