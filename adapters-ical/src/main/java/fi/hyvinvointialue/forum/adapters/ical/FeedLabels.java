package fi.hyvinvointialue.forum.adapters.ical;

import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.profile.Deadline;
import fi.hyvinvointialue.forum.domain.profile.LocalizedText;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The words a feed shows its readers, in the feed's language (Finnish for any other than sv and en). */
final class FeedLabels {
  private static final LocalizedText FORUM_YEAR =
      LocalizedText.of("palveluntuottajafoorumi", "serviceproducentforum", "service provider forum");
  private static final LocalizedText OPEN_FORUM =
      LocalizedText.of("Palveluntuottajafoorumi", "Serviceproducentforum", "Service provider forum");
  private static final LocalizedText TARGETED_EVENT =
      LocalizedText.of("Kohdennettu tilaisuus", "Riktat evenemang", "Targeted event");
  private static final LocalizedText AGENDA = LocalizedText.of("Esityslista", "Föredragningslista", "Agenda");
  private static final LocalizedText MATERIALS = LocalizedText.of("Materiaalit", "Material", "Materials");
  private static final LocalizedText CONTENT = LocalizedText.of("Sisältö", "Innehåll", "Content");
  private static final LocalizedText BACKGROUND =
      LocalizedText.of("Taustamateriaali", "Bakgrundsmaterial", "Background material");
  private static final LocalizedText REMOTE = LocalizedText.of("Etäyhteys", "Distansanslutning", "Remote connection");
  private static final LocalizedText FEEDBACK = LocalizedText.of("Palaute", "Respons", "Feedback");
  private static final LocalizedText RECORDING = LocalizedText.of("Tallenne", "Inspelning", "Recording");
  private static final LocalizedText MATERIALS_DEADLINE =
      LocalizedText.of("Materiaalit verkkosivuille viimeistään", "Materialet på webbplatsen senast",
          "Materials on the website by");
  private static final LocalizedText FEEDBACK_WINDOW =
      LocalizedText.of("Palaute avoinna", "Responsen är öppen", "Feedback open");
  private static final LocalizedText RECORDING_AVAILABLE =
      LocalizedText.of("Tallenne katsottavissa", "Inspelningen kan ses", "Recording available");
  private static final LocalizedText MEMO_DELIVERY =
      LocalizedText.of("Muistio toimitetaan", "Promemorian levereras", "Memo delivered");

  private static final LocalizedText DEADLINES = LocalizedText.of("määräajat", "tidsfrister", "deadlines");
  private static final Map<Channel, LocalizedText> CHANNEL_NAMES = Map.of(
      Channel.WEBSITE, LocalizedText.of("verkkosivut", "webbplatsen", "website"),
      Channel.NEWSLETTER, LocalizedText.of("uutiskirje", "nyhetsbrevet", "newsletter"),
      Channel.SOCIAL_MEDIA, LocalizedText.of("sosiaalinen media", "sociala medier", "social media"),
      Channel.EMAIL, LocalizedText.of("sähköposti", "e-post", "email"));

  private final Locale language;

  FeedLabels(Locale language) {
    this.language = language;
  }

  /** The language the labels are in: fi, sv or en. */
  String language() {
    return LocalizedText.of("fi", "sv", "en").in(language);
  }

  String calendarName(String county, int year) {
    return county + ": " + FORUM_YEAR.in(language) + " " + year;
  }

  String deadlineCalendarName(String county, int year) {
    return county + ": " + FORUM_YEAR.in(language) + " " + year + " – " + DEADLINES.in(language);
  }

  /** What a deadline is about: a material or channel by its name in the language, a recipient as named. */
  Optional<String> about(Deadline deadline) {
    return deadline.material().map(this::material)
        .or(() -> deadline.channel().map(channel -> CHANNEL_NAMES.get(channel).in(language)))
        .or(deadline::about);
  }

  String kind(EventKind kind) {
    return (kind == EventKind.OPEN_FORUM ? OPEN_FORUM : TARGETED_EVENT).in(language);
  }

  String material(MaterialKind kind) {
    switch (kind) {
      case CONTENT:
        return CONTENT.in(language);
      case AGENDA:
        return AGENDA.in(language);
      default:
        return BACKGROUND.in(language);
    }
  }

  String agenda() {
    return AGENDA.in(language);
  }

  String materials() {
    return MATERIALS.in(language);
  }

  String remoteConnection() {
    return REMOTE.in(language);
  }

  String feedback() {
    return FEEDBACK.in(language);
  }

  String recording() {
    return RECORDING.in(language);
  }

  /** The title of an entry derived from the event titled {@code eventTitle}. */
  String derived(DerivedEntry entry, String eventTitle) {
    return derivedLabel(entry).in(language) + ": " + eventTitle;
  }

  private static LocalizedText derivedLabel(DerivedEntry entry) {
    switch (entry) {
      case MATERIALS_DEADLINE:
        return MATERIALS_DEADLINE;
      case FEEDBACK_WINDOW:
        return FEEDBACK_WINDOW;
      case RECORDING_AVAILABILITY:
        return RECORDING_AVAILABLE;
      default:
        return MEMO_DELIVERY;
    }
  }
}
