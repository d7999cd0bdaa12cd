package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets to the Helsinki time its step happens at. */
final class MovableClock extends Clock {
  private Instant now;

  MovableClock(LocalDateTime helsinkiTime) {
    set(helsinkiTime);
  }

  void set(LocalDateTime helsinkiTime) {
    now = HelsinkiTime.instant(helsinkiTime);
  }

  @Override
  public Instant instant() {
    return now;
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
