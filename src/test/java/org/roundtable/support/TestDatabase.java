package org.roundtable.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.roundtable.db.DatabaseAddress;
import org.roundtable.db.EmbeddedDatabase;

/** One real PostgreSQL for the whole test run; each test class gets its own empty database in it. */
public final class TestDatabase {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedDatabase server;

  private TestDatabase() {}

  public static synchronized DatabaseAddress server() {
    if (server == null) {
      Path dir = Path.of("target", "test-postgres-" + ProcessHandle.current().pid()).toAbsolutePath();
      server = EmbeddedDatabase.start(dir);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server.address();
  }

  /** A new, empty database on the shared server. */
  public static DatabaseAddress fresh() {
    DatabaseAddress admin = server();
    String name = "rt_test_" + COUNTER.incrementAndGet();
    execute(admin, "CREATE DATABASE " + name);
    return admin.withDatabase(name);
  }

  public static void execute(DatabaseAddress address, String sql) {
    try (Connection c = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
         Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
