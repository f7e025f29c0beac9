package org.roundtable.db;

import org.flywaydb.core.Flyway;

/** Brings the schema up to date at start, before any request is served. */
public final class Migrations {
  private Migrations() {}

  public static void run(DatabaseAddress address) {
    Flyway.configure()
        .dataSource(address.jdbcUrl(), address.user(), address.password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }
}
