package fi.hyvinvointialue.forum.json;

import fi.hyvinvointialue.forum.domain.Access;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.MemoItem;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.Participant;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The bodies of the secretariat's operations in the HTTP API, one record per kind of body, in the plan
 * file's language: the same field names, the same values (a venue, an agenda item, a participant are written
 * as in a plan), read by the same codec ({@link PlanFiles#readBody}) with the same errors. A field that may be
 * left out is null here; a list left out is empty. Domain values in a body are checked as they are read;
 * whether the step is allowed is the secretariat's to say.
 */
public final class OperationBodies {
  /** The JSON Schema of every body, generated from these records; on the class path. */
  public static final String SCHEMA_RESOURCE = "/fi/hyvinvointialue/forum/json/operations.schema.json";

  private OperationBodies() {}

  /** A body that carries nothing: the step needs only the event or year of its address. */
  public record EmptyBody() {}

  /** An event as scheduled: when, where and by whom; the rest of its record comes by later steps. */
  public record EventPlanBody(
      String id,
      EventKind kind,
      String title,
      LocalDateTime start,
      LocalDateTime end,
      @Omittable Access access,
      @Omittable Venue venue,
      @Omittable RemoteConnection remoteConnection,
      @Omittable Organisation convener,
      @Omittable Person chair,
      @Omittable Person secretary,
      @Omittable String additionalReason) {}

  /** Plan the year: its annual clock (the themes and the decisions they lead to) and the forums it sets. */
  public record PlanYearBody(List<ClockTheme> themes, List<Decision> decisions, List<EventPlanBody> events) {
    public PlanYearBody {
      themes = YearDtos.list(themes);
      decisions = YearDtos.list(decisions);
      events = YearDtos.list(events);
    }

    /** The clock of {@code year}. */
    public AnnualClock clock(int year) {
      return ImmutableAnnualClock.builder().year(year).addAllThemes(themes).addAllDecisions(decisions).build();
    }
  }

  public record MoveBody(LocalDateTime start, LocalDateTime end, @Omittable Venue venue, @Omittable RemoteConnection remoteConnection) {}

  public record ParticipantsBody(List<Participant> participants) {
    public ParticipantsBody {
      participants = YearDtos.list(participants);
    }
  }

  public record AgendaBody(List<AgendaItem> items) {
    public AgendaBody {
      items = YearDtos.list(items);
    }
  }

  public record MaterialBody(MaterialKind material, @Omittable Channel channel, @Omittable URI uri) {}

  public record AnnouncementBody(Channel channel, @Omittable URI uri) {}

  public record FeedbackBody(@Omittable LocalDateTime opensAt, @Omittable LocalDateTime closesAt, @Omittable URI uri) {}

  /** A comment taken in through the feedback window; its author is personal data. */
  public record CommentBody(String text, @Omittable String author) {}

  public record RecordingBody(LocalDateTime publishedAt, @Omittable LocalDateTime removedAt, @Omittable URI uri,
      @Omittable Boolean accessible) {}

  public record MemoDraftBody(boolean coversDiscussion, boolean coversFeedback, List<String> includedCommentIds, List<MemoItem> items) {
    public MemoDraftBody {
      includedCommentIds = YearDtos.list(includedCommentIds);
      items = YearDtos.list(items);
    }
  }

  public record DeliveryBody(RecipientKind recipientKind, String recipient) {}

  public record WorkingGroupBody(LocalDate termStart, LocalDate termEnd, @Omittable LocalDate appointedOn,
      List<WorkingGroupMember> members) {
    public WorkingGroupBody {
      members = YearDtos.list(members);
    }
  }

  public record MembersBody(List<Organisation> members) {
    public MembersBody {
      members = YearDtos.list(members);
    }
  }

  public record AgreementBody(String title, boolean written, List<String> sharedGoals, List<Organisation> parties) {
    public AgreementBody {
      sharedGoals = YearDtos.list(sharedGoals);
      parties = YearDtos.list(parties);
    }
  }

  public record PledgeBody(@Omittable LocalDate committedOn, List<String> parties) {
    public PledgeBody {
      parties = YearDtos.list(parties);
    }
  }
}
