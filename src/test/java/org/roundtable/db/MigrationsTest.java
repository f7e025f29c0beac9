package org.roundtable.db;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.roundtable.support.TestDatabase;

class MigrationsTest {

  @Test
  void migrationsRunOnAnEmptyDatabaseAndAgainOnAnExistingOne() throws Exception {
    DatabaseAddress db = TestDatabase.fresh();
    Migrations.run(db);
    assertDoesNotThrow(() -> Migrations.run(db), "a second run finds nothing to do");
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
         ResultSet rs = c.createStatement().executeQuery(
             "SELECT count(*) FROM flyway_schema_history WHERE success = false")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
  }
}
