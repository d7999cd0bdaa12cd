package fi.hyvinvointialue.forum.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One writer of a county's year over the HTTP API, for {@code run-api.sh}: for the given time it reads the
 * whole year with a secretary's token (taking its ETag), changes the first event's title (a suffix on,
 * then off again) and stores it back with {@code If-Match} and a fresh {@code Idempotency-Key}, timing each
 * {@code PUT} from sending to the whole answer. Prints one line: {@code puts=N p50=… p99=… max=… non2xx=N}
 * (milliseconds); the first refused answer goes to standard error.
 *
 * <p>Usage: {@code SequentialWriter BASE_URL COUNTY YEAR TOKEN SECONDS}
 */
public final class SequentialWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUFFIX = " (muutettu)";

  private SequentialWriter() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 5) {
      System.err.println("usage: SequentialWriter BASE_URL COUNTY YEAR TOKEN SECONDS");
      System.exit(2);
    }
    URI year = URI.create(args[0] + "/api/v1/" + args[1] + "/" + args[2]);
    String authorization = "Bearer " + args[3];
    long end = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<Long> latencies = new ArrayList<>();
    int refused = 0;
    while (System.nanoTime() < end) {
      HttpResponse<String> current = client.send(HttpRequest.newBuilder(year)
          .header("Authorization", authorization).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (current.statusCode() != 200) {
        throw new IllegalStateException("GET " + year + " answered " + current.statusCode() + ": " + current.body());
      }
      HttpRequest put = HttpRequest.newBuilder(year)
          .header("Authorization", authorization)
          .header("Content-Type", "application/json")
          .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
          .header("Idempotency-Key", UUID.randomUUID().toString())
          .PUT(HttpRequest.BodyPublishers.ofString(changed(current.body())))
          .build();
      long start = System.nanoTime();
      HttpResponse<String> stored = client.send(put, HttpResponse.BodyHandlers.ofString());
      latencies.add(System.nanoTime() - start);
      if (stored.statusCode() / 100 != 2 && refused++ == 0) {
        System.err.println("PUT answered " + stored.statusCode() + ": " + stored.body());
      }
    }
    System.out.println(summary(latencies, refused));
  }

  /** The plan with its first event's title changed: the suffix added, or taken away when it is there. */
  static String changed(String plan) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(plan);
    ObjectNode event = (ObjectNode) root.path("events").path(0);
    String title = event.path("title").asText();
    event.put("title", title.endsWith(SUFFIX) ? title.substring(0, title.length() - SUFFIX.length()) : title + SUFFIX);
    return JSON.writeValueAsString(root);
  }

  static String summary(List<Long> latencies, int refused) {
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return String.format(Locale.ROOT, "puts=%d p50=%.2fms p99=%.2fms max=%.2fms non2xx=%d", sorted.size(),
        millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)),
        millis(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)), refused);
  }

  /** The nearest-rank percentile of sorted values; 0 for none. */
  static long percentile(List<Long> sorted, double fraction) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(fraction * sorted.size()) - 1);
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
