import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.parsetools.RecordParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Live tallies under load: CLIENTS server-sent-event streams on one proposal, then VOTES new votes one after
 * another; for each vote, the time from its 200 (the answer comes after the commit) to the moment the last stream
 * shows the new total. Prints "RESULT p50_ms p99_ms max_ms clients_connected".
 * java -cp target/roundtable.jar src/bench/LiveClients.java PORT PROPOSAL CLIENTS VOTES FIRST_VOTER
 */
public class LiveClients {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String proposal = args[1];
    int clients = Integer.parseInt(args[2]);
    int votes = Integer.parseInt(args[3]);
    int firstVoter = Integer.parseInt(args[4]);
    Vertx vertx = Vertx.vertx();
    HttpClientAgent http = vertx.createHttpClient(new HttpClientOptions().setDefaultPort(port)
        .setDefaultHost("127.0.0.1"), new PoolOptions().setHttp1MaxSize(clients + 16));
    // seen[c] = the highest total client c has received so far.
    AtomicLongArray seen = new AtomicLongArray(clients);
    long[][] arrived = new long[votes][clients];
    long[] base = {-1};
    CountDownLatch connected = new CountDownLatch(clients);
    java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
    for (int c = 0; c < clients; c++) {
      open(vertx, http, proposal, c, connected, refused, seen, arrived, base, votes);
      if (c % 100 == 99) {
        Thread.sleep(100); // phones arrive over a few seconds, not in one instant
      }
    }
    if (!connected.await(120, TimeUnit.SECONDS)) {
      System.err.println("only " + (clients - connected.getCount()) + " streams connected");
    }
    System.err.println("streams refused at first and retried: " + refused.get());
    Thread.sleep(1000);
    measure(http, proposal, clients, votes, firstVoter, seen, arrived);
    vertx.close().await();
    System.exit(0);
  }

  /** One stream; refused (503 when the server is busy), it tries again after a second, as EventSource does. */
  private static void open(Vertx vertx, HttpClientAgent http, String proposal, int client, CountDownLatch connected,
                           java.util.concurrent.atomic.AtomicInteger refused, AtomicLongArray seen,
                           long[][] arrived, long[] base, int votes) {
      http.request(HttpMethod.GET, "/api/v1/proposals/" + proposal + "/live")
          .compose(req -> req.putHeader("Authorization", "Bearer bench-" + (client + 1)).send())
          .onSuccess(resp -> {
            if (resp.statusCode() != 200) {
              refused.incrementAndGet();
              resp.body().onComplete(b -> vertx.setTimer(1000,
                  id -> open(vertx, http, proposal, client, connected, refused, seen, arrived, base, votes)));
              return;
            }
            connected.countDown();
            resp.handler(RecordParser.newDelimited("\n\n", frame -> {
              for (String line : frame.toString().split("\n")) {
                if (line.startsWith("data: {")) {
                  long total = new JsonObject(line.substring(6)).getLong("total");
                  long now = System.nanoTime();
                  long before = seen.getAndSet(client, Math.max(seen.get(client), total));
                  synchronized (base) {
                    if (base[0] < 0) {
                      base[0] = total;
                    }
                  }
                  for (long t = Math.max(before, base[0]) + 1; t <= total; t++) {
                    int vote = (int) (t - base[0] - 1);
                    if (vote >= 0 && vote < votes) {
                      arrived[vote][client] = now;
                    }
                  }
                }
              }
            }));
          })
          .onFailure(e -> System.err.println("stream " + client + ": " + e));
  }

  private static void measure(HttpClientAgent http, String proposal, int clients, int votes, int firstVoter,
                              AtomicLongArray seen, long[][] arrived) throws Exception {
    long[] committed = new long[votes];
    for (int v = 0; v < votes; v++) {
      String token = "bench-" + (firstVoter + v);
      committed[v] = http.request(HttpMethod.PUT, "/api/v1/proposals/" + proposal + "/vote")
          .compose(req -> req.putHeader("Authorization", "Bearer " + token)
              .putHeader("Content-Type", "application/json").send("{\"choice\":\"go_ahead\"}"))
          .compose(resp -> resp.body().map(b -> {
            if (resp.statusCode() != 200) {
              System.err.println("vote " + resp.statusCode() + " " + b);
            }
            return System.nanoTime();
          }))
          .await();
      // Longer than the 250 ms coalescing interval, so each vote is its own update.
      Thread.sleep(600);
    }
    Thread.sleep(2000);
    List<Double> lastClient = new ArrayList<>();
    for (int v = 0; v < votes; v++) {
      long last = 0;
      int missed = 0;
      for (int c = 0; c < clients; c++) {
        if (seen.get(c) == 0) {
          continue; // refused or never opened: counted apart
        }
        if (arrived[v][c] == 0) {
          missed++;
        }
        last = Math.max(last, arrived[v][c]);
      }
      if (missed > 0) {
        System.err.println("vote " + v + ": " + missed + " streams never showed it");
      }
      lastClient.add(missed > 0 ? Double.POSITIVE_INFINITY : (last - committed[v]) / 1e6);
    }
    double[] sorted = lastClient.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf("RESULT %.0f %.0f %.0f %d%n", percentile(sorted, 50), percentile(sorted, 99),
        sorted[sorted.length - 1], (int) java.util.stream.IntStream.range(0, clients).filter(c -> seen.get(c) > 0).count());
    System.err.println("per vote, ms to the last client: " + Arrays.toString(sorted));
  }

  private static double percentile(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
