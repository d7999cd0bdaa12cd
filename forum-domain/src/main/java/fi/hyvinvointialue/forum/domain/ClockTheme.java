package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** A theme on the annual clock and the decisions it feeds (TL-3.2, TL-3.3). */
@Value.Immutable
@ForumStyle
public interface ClockTheme {
  String id();

  String title();

  ThemeKind kind();

  ImmutableList<String> decisionIds();

  @Value.Check
  default void check() {
    Checks.notBlank(id(), "theme.id");
    Checks.notBlank(title(), "theme[" + id() + "].title");
  }
}
