package fi.hyvinvointialue.forum.rules.core;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import org.immutables.value.Value;

/** Which event, item, document or year a finding is about: a kind and the record's id. */
@Value.Immutable
@ForumStyle
public interface Subject extends Comparable<Subject> {
  @Value.Parameter
  SubjectKind kind();

  @Value.Parameter
  String id();

  static Subject of(SubjectKind kind, String id) {
    return ImmutableSubject.of(kind, id);
  }

  @Override
  default int compareTo(Subject other) {
    int byKind = kind().compareTo(other.kind());
    return byKind != 0 ? byKind : id().compareTo(other.id());
  }
}
