package fi.hyvinvointialue.forum.rules.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Lists in facts are sorted, so a finding's facts never depend on the order of the input. */
public final class Names {
  private Names() {}

  public static <E extends Enum<E>> String ofEnums(Collection<E> values) {
    List<E> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    StringBuilder joined = new StringBuilder();
    for (E value : sorted) {
      append(joined, value.name());
    }
    return joined.toString();
  }

  public static String of(Collection<String> values) {
    List<String> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    StringBuilder joined = new StringBuilder();
    for (String value : sorted) {
      append(joined, value);
    }
    return joined.toString();
  }

  private static void append(StringBuilder joined, String value) {
    if (joined.length() > 0) {
      joined.append(", ");
    }
    joined.append(value);
  }
}
