package fi.hyvinvointialue.forum.secretariat;

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
 */
final class MovableClock extends Clock {
  private final boolean running;
  private Instant setAt;
  private Instant systemAtSet;

  MovableClock(LocalDateTime helsinkiTime) {
    this(helsinkiTime, false);
  }

  private MovableClock(LocalDateTime helsinkiTime, boolean running) {
    this.running = running;
    set(helsinkiTime);
  }

  /** A clock that runs on the system clock from each time it is set to. */
  static MovableClock onTheSystemClock(LocalDateTime helsinkiTime) {
    return new MovableClock(helsinkiTime, true);
  }

  void set(LocalDateTime helsinkiTime) {
    setAt = HelsinkiTime.instant(helsinkiTime);
    systemAtSet = Clock.systemUTC().instant();
  }

  @Override
  public Instant instant() {
    return running ? setAt.plus(Duration.between(systemAtSet, Clock.systemUTC().instant())) : setAt;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the secretariat reads instants only");
  }
}
