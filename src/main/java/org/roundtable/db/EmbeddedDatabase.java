package org.roundtable.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A PostgreSQL server started from the bundled binaries, keeping its data under a directory across restarts. */
public final class EmbeddedDatabase implements AutoCloseable {
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedDatabase start(Path dataDir) {
    try {
      Path pgData = dataDir.resolve("postgres");
      Files.createDirectories(pgData);
      return new EmbeddedDatabase(EmbeddedPostgres.builder()
          .setDataDirectory(pgData)
          .setCleanDataDirectory(false)
          .setServerConfig("max_connections", "200")
          .start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL under " + dataDir, e);
    }
  }

  public DatabaseAddress address() {
    return new DatabaseAddress("localhost", postgres.getPort(), "postgres", "postgres", "postgres");
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
