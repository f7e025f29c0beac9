package org.roundtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.db.DatabaseAddress;
import org.roundtable.support.ApiClient;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestDatabase;

/** The two ways Roundtable finds its database, as the README's run command and a deployment use them. */
class StartupTest {

  @Test
  void embeddedDatabaseKeepsItsDataUnderTheDataDirAcrossRestarts(@TempDir Path dataDir) throws IOException {
    Map<String, String> env = Map.of("PORT", String.valueOf(freePort()), "ROUNDTABLE_DATA_DIR", dataDir.toString(),
        "ROUNDTABLE_HTTP_INSTANCES", "1");
    String generatedPassword;
    try (Roundtable first = Roundtable.start(Config.fromEnvironment(env))) {
      generatedPassword = first.adminSignIn().generatedPassword().orElseThrow();
    }
    assertTrue(Files.isDirectory(dataDir.resolve("postgres")));
    try (Roundtable second = Roundtable.start(Config.fromEnvironment(env))) {
      assertTrue(second.adminSignIn().generatedPassword().isEmpty(), "the admin from the first start is still there");
      HttpResult signIn = new ApiClient("http://localhost:" + second.port()).post("/api/v1/auth/staff", null,
          new io.vertx.core.json.JsonObject().put("email", second.adminSignIn().email()).put("password", generatedPassword));
      assertEquals(200, signIn.status(), signIn.toString());
    }
  }

  @Test
  void databaseUrlUsesThatServerAndStartsNoEmbeddedOne(@TempDir Path dataDir) throws IOException {
    DatabaseAddress db = TestDatabase.fresh();
    String url = "postgres://" + db.user() + ":" + db.password() + "@" + db.host() + ":" + db.port() + "/" + db.database();
    Map<String, String> env = Map.of("PORT", String.valueOf(freePort()), "DATABASE_URL", url,
        "ROUNDTABLE_DATA_DIR", dataDir.resolve("unused").toString(), "ROUNDTABLE_HTTP_INSTANCES", "1",
        "ROUNDTABLE_ADMIN_EMAIL", "boss@county.example", "ROUNDTABLE_ADMIN_PASSWORD", "a long admin password");
    try (Roundtable app = Roundtable.start(Config.fromEnvironment(env))) {
      HttpResult health = new ApiClient("http://localhost:" + app.port()).get("/health", null);
      assertEquals(200, health.status());
      assertEquals("boss@county.example", app.adminSignIn().email());
    }
    assertFalse(Files.exists(dataDir.resolve("unused")));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
