package fi.hyvinvointialue.forum.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.domain.PlaybookSection;
import fi.hyvinvointialue.forum.domain.SizeClass;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.rules.core.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Messages name the model's enum values in their language; the facts keep the constants. */
class EnumValueNamesTest {
  private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH);

  @Test
  void everyValueAFactCanCarryHasANameInEveryLanguage() {
    Stream.of(MaterialKind.values(), Channel.values(), TopicKind.values(), ThemeKind.values(), StrategicGoal.values(),
            ParticipantRole.values(), OrganisationKind.values(), PlaybookSection.values(), SizeClass.values())
        .flatMap(Stream::of)
        .map(Enum::name)
        .forEach(constant -> LANGUAGES.forEach(language ->
            assertNotEquals(constant, Messages.named(constant, language), () -> constant + " has no name in " + language)));
  }

  @Test
  void listsAreNamedItemByItemAndOtherTextIsLeftAlone() {
    assertEquals("uutiskirje, sosiaalinen media", Messages.named("NEWSLETTER, SOCIAL_MEDIA", Locale.forLanguageTag("fi")));
    assertEquals("nyhetsbrevet, UNKNOWN_THING", Messages.named("NEWSLETTER, UNKNOWN_THING", Locale.forLanguageTag("sv")));
    assertEquals("Jyväskylä, Jämsä", Messages.named("Jyväskylä, Jämsä", Locale.ENGLISH));
    assertEquals("2026-03-04", Messages.named("2026-03-04", Locale.ENGLISH));
    assertEquals("86", Messages.named("86", Locale.ENGLISH));
  }
}
