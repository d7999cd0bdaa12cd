package fi.hyvinvointialue.forum.domain.profile;

import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One thing the secretary must have done by a day for an event, from the one calendar of deadlines,
 * and whether the record shows it done.
 *
 * @param kind what is due
 * @param eventId the event it is due for
 * @param about the material, channel or recipient it concerns, where there are several of a kind
 * @param due the last day (Helsinki) it may be done on
 * @param done whether the record shows it done
 */
public record Deadline(Kind kind, String eventId, Optional<String> about, LocalDate due, boolean done) {
  /** What is due, with its name in Finnish, Swedish and English for the to-do list, its JSON and its calendar. */
  public enum Kind {
    /** TL-4.1: a material on the website. */
    MATERIALS("Materiaali verkkosivuille", "Material på webbplatsen", "Material on the website"),
    /** TL-4.3: the date announced in a channel. */
    ANNOUNCEMENT("Päivämäärä tiedotettu", "Datumet meddelat", "Date announced"),
    /** TL-4.6: the feedback window closes (the earliest it may). */
    FEEDBACK_CLOSES("Palaute sulkeutuu", "Responsen stängs", "Feedback closes"),
    /** I-5: the recording published. */
    RECORDING_PUBLICATION("Tallenne julkaistu", "Inspelningen publicerad", "Recording published"),
    /**
     * The Act on the Provision of Digital Services: captions or a text alternative for the recording
     * (a reminder, not a policy finding).
     */
    RECORDING_CAPTIONS("Tallenteen tekstitys tai tekstivastine", "Textning eller textalternativ till inspelningen",
        "Captions or a text alternative for the recording"),
    /** TL-4.7: the recording taken down, two weeks after its publication. */
    RECORDING_TAKEDOWN("Tallenne poistettu", "Inspelningen borttagen", "Recording taken down"),
    /** TL-4.10: the working group reviews the memo. */
    MEMO_REVIEW("Työryhmä tarkistaa muistion", "Arbetsgruppen granskar promemorian", "Working group reviews the memo"),
    /** TL-4.8: the memo published. */
    MEMO_PUBLICATION("Muistio julkaistu", "Promemorian publicerad", "Memo published"),
    /** TL-4.8: the memo delivered to a recipient. */
    MEMO_DELIVERY("Muistio toimitettu", "Promemorian levererad", "Memo delivered");

    private final LocalizedText title;

    Kind(String finnish, String swedish, String english) {
      this.title = LocalizedText.of(finnish, swedish, english);
    }

    public LocalizedText title() {
      return title;
    }
  }

  /** The material a {@link Kind#MATERIALS} deadline is about. */
  public Optional<MaterialKind> material() {
    return kind == Kind.MATERIALS ? about.map(MaterialKind::valueOf) : Optional.empty();
  }

  /** The channel an {@link Kind#ANNOUNCEMENT} deadline is about. */
  public Optional<Channel> channel() {
    return kind == Kind.ANNOUNCEMENT ? about.map(Channel::valueOf) : Optional.empty();
  }

  /** Days from {@code today} to the due day: negative when it is overdue. */
  public long daysLeft(LocalDate today) {
    return java.time.temporal.ChronoUnit.DAYS.between(today, due);
  }
}
