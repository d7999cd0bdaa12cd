package fi.hyvinvointialue.forum.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

/** A blackhole for calling benchmark methods outside JMH, as the smoke tests do. */
final class Blackholes {
  private Blackholes() {}

  static Blackhole outsideJmh() {
    return new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
  }
}
