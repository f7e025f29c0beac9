package org.roundtable.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.roundtable.db.DatabaseAddress;

/** A PostgreSQL of its own for one test, which can be stopped and started again on the same port and data. */
public final class StoppableDatabase implements AutoCloseable {
  private final Path dir;
  private final int port;
  private EmbeddedPostgres running;

  private StoppableDatabase(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  public static StoppableDatabase started(String name) {
    Path dir = Path.of("target", name + "-postgres-" + ProcessHandle.current().pid()).toAbsolutePath();
    try (ServerSocket socket = new ServerSocket(0)) {
      StoppableDatabase db = new StoppableDatabase(dir, socket.getLocalPort());
      socket.close();
      db.start();
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized void start() {
    try {
      running = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As an outage: the server shuts down, cutting every connection. */
  public synchronized void stop() {
    try {
      running.close();
      running = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DatabaseAddress address() {
    return new DatabaseAddress("localhost", port, "postgres", "postgres", "postgres");
  }

  @Override
  public synchronized void close() {
    if (running != null) {
      stop();
    }
  }
}
