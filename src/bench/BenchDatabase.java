import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's PostgreSQL: the same embedded server Roundtable runs with, on a given port, until killed.
 * Run with the Roundtable jar on the class path: java -cp target/roundtable.jar src/bench/BenchDatabase.java DIR PORT
 */
public class BenchDatabase {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
        .setPort(Integer.parseInt(args[1])).setServerConfig("max_connections", "400")
        .setServerConfig("shared_buffers", "256MB").start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        postgres.close();
      } catch (Exception e) {
        e.printStackTrace();
      }
    }));
    System.out.println("ready");
    Thread.currentThread().join();
  }
}
