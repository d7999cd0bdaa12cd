package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The joint partnership playbook (pelikirja) of KE-3. */
@Value.Immutable
@ForumStyle
public interface Playbook {
  String title();

  ImmutableSet<PlaybookSection> sections();

  ImmutableList<Organisation> authors();

  Optional<LocalDate> adoptedOn();
}
