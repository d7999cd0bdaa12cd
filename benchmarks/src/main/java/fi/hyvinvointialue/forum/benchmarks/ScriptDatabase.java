package fi.hyvinvointialue.forum.benchmarks;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * An embedded PostgreSQL for {@code run-api.sh}: prints the JDBC URL and the user of a fresh database on
 * one line, then keeps the server running until this process is stopped (its shutdown hook stops the server).
 */
public final class ScriptDatabase {
  private ScriptDatabase() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    BenchmarkDatabase database = BenchmarkDatabase.start(BenchmarkDatabase.POSTGRESQL);
    System.out.println(database.url() + " " + database.user());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
