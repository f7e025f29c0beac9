package org.roundtable.summaries;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.roundtable.db.DatabaseAddress;
import org.roundtable.db.EmbeddedDatabase;
import org.roundtable.db.Migrations;

/**
 * Times the summary read model on a round of 10,000 participants (see summary-data.sql): the whole figures query set
 * through the real Vert.x pool, and EXPLAIN ANALYZE of each query. Run with src/bench/run-summary-bench.sh. Uses
 * DATABASE_URL when set, else an embedded PostgreSQL kept under target/bench-postgres.
 */
public final class SummaryBenchmark {
  static final String ROUND = "00000000-0000-0000-0000-00000000be02";
  private static final int WARM_UP = 3;
  private static final int RUNS = 15;

  public static void main(String[] args) throws Exception {
    String url = System.getenv("DATABASE_URL");
    EmbeddedDatabase embedded = url == null ? EmbeddedDatabase.start(Path.of("target", "bench-postgres").toAbsolutePath()) : null;
    DatabaseAddress address = url == null ? embedded.address() : DatabaseAddress.fromUrl(url);
    Vertx vertx = Vertx.vertx();
    try {
      Migrations.run(address);
      generateOnce(address);
      Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(8)).connectingTo(address.connectOptions())
          .using(vertx).build();
      List<Double> millis = new ArrayList<>();
      JsonObject last = null;
      for (int i = 0; i < WARM_UP + RUNS; i++) {
        long start = System.nanoTime();
        last = SummaryQueries.figures(pool, ROUND).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        if (i >= WARM_UP) {
          millis.add((System.nanoTime() - start) / 1e6);
        }
      }
      Collections.sort(millis);
      System.out.printf("summary figures, %d runs: min %.1f ms, median %.1f ms, max %.1f ms%n", RUNS, millis.get(0),
          millis.get(RUNS / 2), millis.get(RUNS - 1));
      System.out.printf("proposals: %d, votes counted: %d%n", last.getJsonArray("proposals").size(),
          last.getJsonArray("proposals").stream().mapToInt(p -> ((JsonObject) p).getJsonObject("votes")
              .getJsonObject("all").getInteger("total")).sum());
      explain(address);
      pool.close();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static void generateOnce(DatabaseAddress address) throws Exception {
    try (Connection c = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
         Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM rounds WHERE id = '" + ROUND + "'")) {
        rs.next();
        if (rs.getInt(1) == 1) {
          return;
        }
      }
      long start = System.nanoTime();
      s.execute(Files.readString(Path.of("src", "bench", "summary-data.sql")));
      System.out.printf("generated the benchmark round in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
  }

  /** The server-side time of each figure query, as PostgreSQL measures it. */
  private static void explain(DatabaseAddress address) throws Exception {
    double total = 0;
    try (Connection c = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password())) {
      for (var query : SummaryQueries.ALL.entrySet()) {
        // JDBC marks parameters with ?, the pg-client with $1: the fixed benchmark id goes in as a literal.
        try (Statement s = c.createStatement()) {
          try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, FORMAT JSON) "
              + query.getValue().replace("$1", "'" + ROUND + "'"))) {
            rs.next();
            double ms = new io.vertx.core.json.JsonArray(rs.getString(1)).getJsonObject(0).getDouble("Execution Time");
            total += ms;
            System.out.printf("EXPLAIN ANALYZE %-10s %7.1f ms%n", query.getKey(), ms);
          }
        }
      }
    }
    System.out.printf("EXPLAIN ANALYZE total    %7.1f ms%n", total);
  }
}
