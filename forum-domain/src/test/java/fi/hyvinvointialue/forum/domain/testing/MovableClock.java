package fi.hyvinvointialue.forum.domain.testing;

import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test sets to the Helsinki time its step happens at: standing still there, or running on
 * from there with the system clock (its nanoseconds included), as a secretariat in use sees time.
 * Safe to set from a test while a server's threads read it.
 */
public final class MovableClock extends Clock {
  private final boolean running;
  private volatile Moment moment;

  /** When it was set, and the system clock then: one value, so a reader never sees half of a setting. */
  private record Moment(Instant setAt, Instant systemAtSet) {}

  public MovableClock(LocalDateTime helsinkiTime) {
    this(helsinkiTime, false);
  }

  private MovableClock(LocalDateTime helsinkiTime, boolean running) {
    this.running = running;
    set(helsinkiTime);
  }

  /** A clock that runs on the system clock from each time it is set to. */
  public static MovableClock onTheSystemClock(LocalDateTime helsinkiTime) {
    return new MovableClock(helsinkiTime, true);
  }

  public void set(LocalDateTime helsinkiTime) {
    moment = new Moment(HelsinkiTime.instant(helsinkiTime), Clock.systemUTC().instant());
  }

  @Override
  public Instant instant() {
    Moment now = moment;
    return running ? now.setAt().plus(Duration.between(now.systemAtSet(), Clock.systemUTC().instant())) : now.setAt();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the library reads instants only");
  }
}
