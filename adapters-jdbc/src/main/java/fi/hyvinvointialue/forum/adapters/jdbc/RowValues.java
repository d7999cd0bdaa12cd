package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.Person;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values of one row to insert, in the order of its {@link Table}'s columns, each already in the
 * JDBC type its column takes: {@code java.time} types are passed as such, so no default zone is read.
 */
final class RowValues {
  private static final int NANOS_PER_MICRO = 1_000;

  private final List<Object> values = new ArrayList<>();

  /** A string, number, boolean or date; an enum by its name; an absent optional as NULL. */
  RowValues value(Object value) {
    if (value instanceof Optional<?>) {
      return value(((Optional<?>) value).orElse(null));
    }
    if (value instanceof Enum<?>) {
      values.add(((Enum<?>) value).name());
    } else if (value instanceof URI) {
      values.add(value.toString());
    } else if (value instanceof LocalDateTime || value instanceof Instant) {
      throw new IllegalArgumentException("times go through wallTime or instant, which name the field: " + value);
    } else if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
        || value instanceof Boolean || value instanceof LocalDate) {
      values.add(value);
    } else {
      throw new IllegalArgumentException("no column type for " + value.getClass().getName());
    }
    return this;
  }

  RowValues values(Object... more) {
    for (Object value : more) {
      value(value);
    }
    return this;
  }

  /**
   * A Helsinki wall-clock time. The databases keep microseconds; a finer time is refused rather than
   * silently changed, naming the field.
   */
  RowValues wallTime(Optional<LocalDateTime> time, String field) {
    time.ifPresent(value -> {
      if (value.getNano() % NANOS_PER_MICRO != 0) {
        throw new IllegalArgumentException(
            field + " (" + value + ") is finer than a microsecond, which the database cannot keep");
      }
    });
    values.add(time.orElse(null));
    return this;
  }

  RowValues wallTime(LocalDateTime time, String field) {
    return wallTime(Optional.of(time), field);
  }

  /** An instant as two columns: the microsecond in UTC, then the nanoseconds below it. */
  RowValues instant(Optional<Instant> instant) {
    values.add(instant.map(RowValues::toTheMicrosecond).orElse(null));
    values.add(instant.map(RowValues::nanosBelowTheMicrosecond).orElse(null));
    return this;
  }

  static OffsetDateTime toTheMicrosecond(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static int nanosBelowTheMicrosecond(Instant instant) {
    return instant.getNano() % NANOS_PER_MICRO;
  }

  RowValues organisation(Optional<Organisation> organisation) {
    values.add(organisation.map(Organisation::name).orElse(null));
    values.add(organisation.map(org -> org.kind().name()).orElse(null));
    return this;
  }

  RowValues organisation(Organisation organisation) {
    return organisation(Optional.of(organisation));
  }

  RowValues person(Optional<Person> person) {
    values.add(person.map(Person::name).orElse(null));
    organisation(person.flatMap(Person::organisation));
    values.add(person.map(Person::publiclyNamed).orElse(null));
    return this;
  }

  /** The values after the year's id, which is bound when the rows are inserted. */
  Object[] toArray(Table table) {
    if (values.size() != table.width() - 1) {
      throw new IllegalStateException(table + " takes " + (table.width() - 1) + " values after the year id, got " + values.size());
    }
    return values.toArray();
  }
}
