package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Consistency checks shared by the values' {@code @Value.Check} methods; each names the field. */
final class Checks {
  private Checks() {}

  static void notBlank(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalStateException(field + " must not be blank");
    }
  }

  static <T> void uniqueIds(Collection<T> values, Function<T, String> id, String field) {
    Multiset<String> ids = values.stream().map(id).collect(Collectors.toCollection(HashMultiset::create));
    String duplicates =
        ids.entrySet().stream()
            .filter(entry -> entry.getCount() > 1)
            .map(Multiset.Entry::getElement)
            .sorted()
            .collect(Collectors.joining(", "));
    if (!duplicates.isEmpty()) {
      throw new IllegalStateException(field + " has duplicate ids: " + duplicates);
    }
  }

  static <T extends Comparable<? super T>> void notBefore(T later, T earlier, String field, String earlierField) {
    if (later.compareTo(earlier) < 0) {
      throw new IllegalStateException(
          field + " (" + later + ") must not be before " + earlierField + " (" + earlier + ")");
    }
  }

  static <T extends Comparable<? super T>> void after(T later, T earlier, String field, String earlierField) {
    if (later.compareTo(earlier) <= 0) {
      throw new IllegalStateException(
          field + " (" + later + ") must be after " + earlierField + " (" + earlier + ")");
    }
  }

  static void references(Collection<String> known, String reference, String field) {
    if (!known.contains(reference)) {
      throw new IllegalStateException(field + " refers to unknown id '" + reference + "'");
    }
  }
}
