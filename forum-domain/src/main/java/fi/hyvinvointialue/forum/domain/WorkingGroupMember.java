package fi.hyvinvointialue.forum.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A member of the working group, with what TL-3.5 measures representation by. */
@Value.Immutable
@ForumStyle
public interface WorkingGroupMember {
  String name();

  Organisation organisation();

  MemberRole role();

  /** The organisation's industry code (TOL 2008 or its successor: the profile names the scheme). */
  Optional<String> industryCode();

  Optional<SizeClass> sizeClass();

  /** The sub-region (seutukunta) the organisation operates in. */
  Optional<String> subRegion();

  LocalDate memberFrom();

  LocalDate memberUntil();

  @Value.Check
  default void check() {
    Checks.notBlank(name(), "workingGroup.member.name");
    Checks.notBefore(memberUntil(), memberFrom(), "member[" + name() + "].memberUntil", "memberFrom");
  }
}
