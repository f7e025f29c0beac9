package org.roundtable.accounts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.roundtable.web.Role;

/**
 * Makes sure someone can sign in on a fresh install: the admin named by ROUNDTABLE_ADMIN_EMAIL and
 * ROUNDTABLE_ADMIN_PASSWORD, or, when those are unset and there is no admin yet, one with a generated
 * password that is shown once on the console.
 */
public final class FirstAdmin {
  /** How to sign in, for the console; the password is present only when it was generated just now. */
  public record SignIn(String email, Optional<String> generatedPassword, boolean created) {}

  public static final String DEFAULT_EMAIL = "admin@roundtable.local";
  private final StaffStore staff;
  private final PasswordHasher hasher;
  private final Pool pool;

  public FirstAdmin(Pool pool, StaffStore staff, PasswordHasher hasher) {
    this.pool = pool;
    this.staff = staff;
    this.hasher = hasher;
  }

  public Future<SignIn> ensure(Optional<String> email, Optional<String> password) {
    return staff.anyAdmin().compose(exists -> {
      String adminEmail = email.orElse(DEFAULT_EMAIL).toLowerCase(Locale.ROOT);
      if (exists) {
        return Future.succeededFuture(new SignIn(adminEmail, Optional.empty(), false));
      }
      Optional<String> generated = password.isPresent() ? Optional.empty() : Optional.of(generatedPassword());
      String chosen = password.orElseGet(generated::get);
      return hasher.hash(chosen)
          .compose(hash -> staff.create(pool, adminEmail, "Administrator", Role.ADMIN, hash))
          .map(created -> new SignIn(adminEmail, generated, created.isPresent()));
    });
  }

  private static String generatedPassword() {
    String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        out.append('-');
      }
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
