package org.roundtable.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.roundtable.Config;
import org.roundtable.Roundtable;
import org.roundtable.db.DatabaseAddress;
import org.roundtable.web.Role;

/**
 * The real server on a free port against its own real PostgreSQL database. Use as
 * {@code @RegisterExtension static final TestApp app = new TestApp();}.
 */
public final class TestApp implements BeforeAllCallback, AfterAllCallback {
  public static final String ADMIN_EMAIL = "admin@test.example";
  public static final String ADMIN_PASSWORD = "correct horse battery staple";
  public static final String STAFF_PASSWORD = "a long enough password";

  private final Map<Role, String> tokens = new EnumMap<>(Role.class);
  private final boolean demo;
  private final Map<String, String> environment;
  private final TestApp sharing;
  private DatabaseAddress database;
  private Roundtable app;
  private String base;

  public TestApp() {
    this(false, Map.of(), null);
  }

  private TestApp(boolean demo, Map<String, String> environment, TestApp sharing) {
    this.demo = demo;
    this.environment = environment;
    this.sharing = sharing;
  }

  /** Started as with ROUNDTABLE_DEMO=true. */
  public static TestApp withDemo() {
    return new TestApp(true, Map.of(), null);
  }

  /** Started with these environment variables as well (e.g. ROUNDTABLE_TRUST_PROXY). */
  public static TestApp withEnvironment(Map<String, String> environment) {
    return new TestApp(false, environment, null);
  }

  /**
   * A second server on {@code first}'s database, as behind a load balancer; register it after {@code first}
   * ({@code @Order}) so the database is there.
   */
  public static TestApp sharingDatabaseWith(TestApp first) {
    return new TestApp(false, Map.of(), first);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start(sharing == null ? TestDatabase.fresh() : sharing.database());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  /** Starts (or starts again, e.g. after {@link #stop()}) on the given database. */
  public void start(DatabaseAddress db) {
    this.database = db;
    int port = freePort();
    Map<String, String> env = new HashMap<>(environment);
    env.putAll(Map.of("PORT", String.valueOf(port), "ROUNDTABLE_DATA_DIR", "target",
        "ROUNDTABLE_ADMIN_EMAIL", ADMIN_EMAIL, "ROUNDTABLE_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "ROUNDTABLE_DEMO", String.valueOf(demo), "ROUNDTABLE_HTTP_INSTANCES", "2"));
    Config config = Config.fromEnvironment(env);
    app = Roundtable.start(config, db, null);
    base = "http://localhost:" + port;
  }

  public void stop() {
    if (app != null) {
      app.close();
      app = null;
    }
  }

  public Roundtable app() {
    return app;
  }

  public DatabaseAddress database() {
    return database;
  }

  public String base() {
    return base;
  }

  public ApiClient api() {
    return new ApiClient(base);
  }

  public PageClient pages() {
    return new PageClient(base);
  }

  /**
   * A bearer token for a staff member of this role (created on first use); for PARTICIPANT, a person who joined
   * an open round of their own and agreed to take part.
   */
  public synchronized String token(Role role) {
    if (role == Role.PARTICIPANT && !tokens.containsKey(role)) {
      tokens.put(role, Participants.token(this, Participants.code(this, Participants.openRound(this))));
    }
    return tokens.computeIfAbsent(role, r -> {
      if (r == Role.ADMIN) {
        return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
      }
      String email = r.wire() + "@test.example";
      HttpResult created = api().post("/api/v1/staff", token(Role.ADMIN), new JsonObject()
          .put("email", email).put("password", STAFF_PASSWORD).put("role", r.wire()).put("name", "Test " + r.wire()));
      assertEquals(201, created.status(), created.toString());
      return signIn(email, STAFF_PASSWORD);
    });
  }

  /** A page client signed in (by cookie) as a staff member of this role, or as a new participant. */
  public PageClient pagesAs(Role role) {
    if (role == Role.PARTICIPANT) {
      return Participants.browser(this, Participants.code(this, Participants.openRound(this)));
    }
    token(role);
    String email = role == Role.ADMIN ? ADMIN_EMAIL : role.wire() + "@test.example";
    PageClient client = pages();
    HttpResult result = client.submit("/sign-in", "/sign-in",
        Map.of("email", email, "password", role == Role.ADMIN ? ADMIN_PASSWORD : STAFF_PASSWORD));
    assertEquals(303, result.status(), result.toString());
    return client;
  }

  private String signIn(String email, String password) {
    HttpResult result = api().post("/api/v1/auth/staff", null,
        new JsonObject().put("email", email).put("password", password));
    assertEquals(200, result.status(), result.toString());
    return result.json().getString("token");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
