package fi.hyvinvointialue.forum.adapters.jdbc;

import fi.hyvinvointialue.forum.domain.ImmutablePerson;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.Person;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The current row of a result set read as the model's values: the reading side of {@link RowValues}. */
final class Columns {
  private final ResultSet result;

  Columns(ResultSet result) {
    this.result = result;
  }

  String text(String column) throws SQLException {
    return present(column, result.getString(column));
  }

  Optional<String> optionalText(String column) throws SQLException {
    return Optional.ofNullable(result.getString(column));
  }

  int integer(String column) throws SQLException {
    return present(column, result.getObject(column, Integer.class));
  }

  boolean flag(String column) throws SQLException {
    return present(column, result.getObject(column, Boolean.class));
  }

  <E extends Enum<E>> E named(Class<E> type, String column) throws SQLException {
    return Enum.valueOf(type, text(column));
  }

  <E extends Enum<E>> Optional<E> optionalNamed(Class<E> type, String column) throws SQLException {
    return optionalText(column).map(name -> Enum.valueOf(type, name));
  }

  LocalDate date(String column) throws SQLException {
    return present(column, result.getObject(column, LocalDate.class));
  }

  Optional<LocalDate> optionalDate(String column) throws SQLException {
    return Optional.ofNullable(result.getObject(column, LocalDate.class));
  }

  LocalDateTime wallTime(String column) throws SQLException {
    return present(column, result.getObject(column, LocalDateTime.class));
  }

  Optional<LocalDateTime> optionalWallTime(String column) throws SQLException {
    return Optional.ofNullable(result.getObject(column, LocalDateTime.class));
  }

  Instant instant(String column) throws SQLException {
    return optionalInstant(column).orElseThrow(() -> missing(column));
  }

  /** The instant {@link RowValues#instant} split into the column and its {@code _nanos} column. */
  Optional<Instant> optionalInstant(String column) throws SQLException {
    OffsetDateTime micros = result.getObject(column, OffsetDateTime.class);
    if (micros == null) {
      return Optional.empty();
    }
    return Optional.of(micros.toInstant().plusNanos(integer(column + "_nanos")));
  }

  URI uri(String column) throws SQLException {
    return URI.create(text(column));
  }

  Optional<URI> optionalUri(String column) throws SQLException {
    return optionalText(column).map(URI::create);
  }

  /** The organisation in {@code <prefix>_name} and {@code <prefix>_kind}. */
  Organisation organisation(String prefix) throws SQLException {
    return optionalOrganisation(prefix).orElseThrow(() -> missing(prefix + "_name"));
  }

  Optional<Organisation> optionalOrganisation(String prefix) throws SQLException {
    Optional<String> name = optionalText(prefix + "_name");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Organisation.of(name.get(), named(OrganisationKind.class, prefix + "_kind")));
  }

  /** The person in {@code <prefix>_name}, {@code <prefix>_org_name}, {@code <prefix>_org_kind} and {@code <prefix>_public}. */
  Optional<Person> optionalPerson(String prefix) throws SQLException {
    Optional<String> name = optionalText(prefix + "_name");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    ImmutablePerson.Builder person = ImmutablePerson.builder().name(name.get()).publiclyNamed(flag(prefix + "_public"));
    optionalOrganisation(prefix + "_org").ifPresent(person::organisation);
    return Optional.of(person.build());
  }

  private static <T> T present(String column, T value) throws SQLException {
    if (value == null) {
      throw missing(column);
    }
    return value;
  }

  private static SQLException missing(String column) {
    return new SQLException("column " + column + " is NULL where the model needs a value");
  }
}
