package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.ImmutableParticipant;
import fi.hyvinvointialue.forum.domain.ImmutablePerson;
import fi.hyvinvointialue.forum.domain.ImmutableRemoteConnection;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.Participant;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.net.URI;
import org.immutables.value.Value;

/** What every planned forum shares: where, how to join remotely, who convenes, chairs and takes part. */
@Value.Immutable
@ForumStyle
public interface ForumTemplate {
  /** Marks the parts of {@link #toBeConfirmed} that someone has to fill in before publishing. */
  String TO_BE_CONFIRMED = "vahvistetaan";

  Venue venue();

  RemoteConnection remoteConnection();

  /** The county (TL-3.1). */
  Organisation convener();

  Person chair();

  Person secretary();

  /** Planned participation by role and head count (TL-2.1). */
  ImmutableList<Participant> participants();

  /**
   * A skeleton for a county that has not yet fixed the details: the county convenes, chairs and
   * keeps the minutes, officials and elected officials take part, and the venue and the remote link
   * are marked {@value #TO_BE_CONFIRMED} and flagged as placeholders. The link is a URN, so nothing
   * can mistake it for a real one.
   */
  static ForumTemplate toBeConfirmed(PolicyProfile profile) {
    Organisation county = county(profile);
    return ImmutableForumTemplate.builder()
        .venue(ImmutableVenue.builder().name("Paikka " + TO_BE_CONFIRMED).placeholder(true).build())
        .remoteConnection(
            ImmutableRemoteConnection.builder()
                .uri(URI.create("urn:forum-policy:" + profile.county().id() + ":remote-link-" + TO_BE_CONFIRMED))
                .placeholder(true)
                .build())
        .convener(county)
        .chair(ImmutablePerson.builder().name("Puheenjohtaja (" + TO_BE_CONFIRMED + ")").organisation(county).build())
        .secretary(ImmutablePerson.builder().name("Sihteeri (" + TO_BE_CONFIRMED + ")").organisation(county).build())
        .addParticipants(
            participants(ParticipantRole.SERVICE_PROVIDER, 20),
            participants(ParticipantRole.ENTREPRENEUR, 5),
            participants(ParticipantRole.OFFICIAL, 3),
            participants(ParticipantRole.ELECTED_OFFICIAL, 2))
        .build();
  }

  /** The county as an organisation, named as the profile names it in Finnish. */
  static Organisation county(PolicyProfile profile) {
    return Organisation.of(profile.county().name().fi(), OrganisationKind.WELLBEING_COUNTY);
  }

  private static Participant participants(ParticipantRole role, int count) {
    return ImmutableParticipant.builder().role(role).count(count).build();
  }
}
