package org.roundtable.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.roundtable.db.DatabaseAddress;

/** Roundtable in a JVM of its own ({@code org.roundtable.Main} on the test class path), so a test can kill -9 it. */
public final class ServerProcess implements AutoCloseable {
  private final DatabaseAddress database;
  private final int port;
  private Process process;

  public ServerProcess(DatabaseAddress database) {
    this.database = database;
    try (ServerSocket socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the process and waits until {@code /health} answers 200. */
  public void start() throws InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), "org.roundtable.Main"));
    builder.environment().put("PORT", String.valueOf(port));
    builder.environment().put("DATABASE_URL", "postgres://" + database.user() + ":" + database.password() + "@"
        + database.host() + ":" + database.port() + "/" + database.database());
    builder.environment().put("ROUNDTABLE_ADMIN_EMAIL", TestApp.ADMIN_EMAIL);
    builder.environment().put("ROUNDTABLE_ADMIN_PASSWORD", TestApp.ADMIN_PASSWORD);
    builder.environment().put("ROUNDTABLE_HTTP_INSTANCES", "2");
    builder.redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "server-process-" + port + ".log").toFile()));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ApiClient api = new ApiClient(base());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server process exited with " + process.exitValue());
      }
      try {
        if (api.get("/health", null).status() == 200) {
          return;
        }
      } catch (IllegalStateException notYet) {
        // Not listening yet.
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("The server process did not become healthy within 60 s");
  }

  /** kill -9: no shutdown hook, no goodbye. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  public String base() {
    return "http://localhost:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }
}
