package fi.hyvinvointialue.forum.domain.history;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.LinkedHashMultiset;
import com.google.common.collect.Multiset;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ModelValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What changed between two versions of a year. Records with an id (events, agenda items, comments,
 * clock themes, decisions) are matched by id and records without one by value, never by position: an
 * event inserted first is one addition, not a change of every event after it. Within a record matched
 * by id, each field that changed is named.
 *
 * <p>The fields are read from the model's own value types ({@link ModelValues}), so the model stays the
 * one place its shape is written.
 */
@Value.Immutable
@ForumStyle
public interface YearDiff {
  ImmutableList<Difference> differences();

  default boolean isEmpty() {
    return differences().isEmpty();
  }

  static YearDiff between(ForumYear before, ForumYear after) {
    List<Difference> differences = new ArrayList<>();
    compare("", before, after, differences);
    return ImmutableYearDiff.builder().addAllDifferences(differences).build();
  }

  private static void compare(String path, Object before, Object after, List<Difference> out) {
    if (Objects.equals(before, after)) {
      return;
    }
    if (before instanceof Optional<?> was && after instanceof Optional<?> is) {
      if (was.isEmpty()) {
        out.add(ImmutableDifference.of(path, Difference.Kind.ADDED, Optional.empty(), Optional.of(text(is.get()))));
      } else if (is.isEmpty()) {
        out.add(ImmutableDifference.of(path, Difference.Kind.REMOVED, Optional.of(text(was.get())), Optional.empty()));
      } else {
        compare(path, was.get(), is.get(), out);
      }
    } else if (before instanceof Collection<?> was && after instanceof Collection<?> is) {
      compareCollections(path, was, is, out);
    } else if (ModelValues.isValue(before) && before.getClass() == after.getClass()) {
      Map<String, Object> afterAttributes = ModelValues.attributes(after);
      ModelValues.attributes(before).forEach((name, was) ->
          compare(path.isEmpty() ? name : path + "." + name, was, afterAttributes.get(name), out));
    } else {
      out.add(ImmutableDifference.of(path, Difference.Kind.CHANGED, Optional.of(text(before)), Optional.of(text(after))));
    }
  }

  private static void compareCollections(String path, Collection<?> before, Collection<?> after, List<Difference> out) {
    Map<String, Object> beforeById = byId(before);
    Map<String, Object> afterById = byId(after);
    if (beforeById != null && afterById != null) {
      beforeById.forEach((id, was) -> {
        if (!afterById.containsKey(id)) {
          out.add(ImmutableDifference.of(path + "[" + id + "]", Difference.Kind.REMOVED, Optional.of(text(was)), Optional.empty()));
        }
      });
      afterById.forEach((id, is) -> {
        Object was = beforeById.get(id);
        if (was == null) {
          out.add(ImmutableDifference.of(path + "[" + id + "]", Difference.Kind.ADDED, Optional.empty(), Optional.of(text(is))));
        } else {
          compare(path + "[" + id + "]", was, is, out);
        }
      });
      return;
    }
    Multiset<Object> removed = LinkedHashMultiset.create(before);
    after.forEach(removed::remove);
    Multiset<Object> added = LinkedHashMultiset.create(after);
    before.forEach(added::remove);
    removed.forEach(was -> out.add(ImmutableDifference.of(path, Difference.Kind.REMOVED, Optional.of(text(was)), Optional.empty())));
    added.forEach(is -> out.add(ImmutableDifference.of(path, Difference.Kind.ADDED, Optional.empty(), Optional.of(text(is)))));
  }

  /** The elements by their ids in order, or null when they have none (or share one). */
  private static Map<String, Object> byId(Collection<?> elements) {
    Map<String, Object> byId = new LinkedHashMap<>();
    for (Object element : elements) {
      Optional<String> id = ModelValues.id(element);
      if (id.isEmpty() || byId.put(id.get(), element) != null) {
        return null;
      }
    }
    return byId;
  }

  private static String text(Object value) {
    return String.valueOf(value);
  }
}
