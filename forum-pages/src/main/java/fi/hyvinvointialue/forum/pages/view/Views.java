package fi.hyvinvointialue.forum.pages.view;

import java.util.List;

/**
 * The records the page templates read. A field that may be missing is null (the templates test
 * for it); every list is present, possibly empty.
 */
public final class Views {
  private Views() {}

  /** A text and, when it is not in the page's language, the language it is in (for {@code lang}). */
  public record Text(String text, String lang) {}

  /** A link: where to and what it says. */
  public record Link(String href, String text) {}

  /** The same page in another language: where, that language's code and its name in itself. */
  public record Alternate(String href, String lang, String name, boolean current) {}

  /** Around every page: its language and title, the language switch, the way home and the accessibility statement. */
  public record Frame(String lang, String title, String skipText, String languagesLabel, List<Alternate> languages,
      Link home, Link accessibility) {}

  /** An agenda item: its title and its presenter when publicly named. */
  public record AgendaEntry(Text title, String presenter) {}

  /** A material of a forum: its kind, a link once published (null before) and when it is or will be there. */
  public record Material(String kind, String href, String availability) {}

  /** What a memo says of an agenda item's handling in decision-making. */
  public record MemoLine(Text item, Text handling) {}

  /**
   * One forum as the public sees it: when and where, how to attend remotely, its agenda and
   * materials, how to comment and until when, its recording while watchable and its memo once published.
   */
  public record Forum(String id, Text title, String kind, String when, String status, boolean cancelled, String place,
      Link remote, List<AgendaEntry> agenda, List<Material> materials, Link comment, String commentUntil,
      Link recording, String recordingUntil, String memoPublished, List<MemoLine> memo) {}

  /** A decision a theme feeds, with its body and date. */
  public record DecisionLine(Text title, Text body, String date) {}

  /** A theme of the annual clock: its forums' dates and the decisions it feeds. */
  public record ThemeLine(Text title, List<String> forums, List<DecisionLine> decisions) {}

  /** One finding of the year's check. */
  public record FindingLine(String clauseId, String clause, String severity, String severityClass, String subject, String message) {}

  /** One event in the report's table of deadlines. */
  public record EventLine(Text title, String start, String status, String materialsBy, String feedbackUntil, int findings,
      boolean violation) {}

  /** The year's check against the policy: verdict, findings and each event's deadlines. */
  public record Report(String verdict, String verdictClass, String checkedAt, List<FindingLine> findings, List<EventLine> events) {}

  /** The feed's addresses for subscribing: {@code webcal:} (null without a public address) and {@code https:}. */
  public record Subscription(String webcal, String https) {}

  /** A county's forum year on one page. */
  public record Year(Frame frame, String heading, List<Forum> coming, List<Forum> past, String clockSvg,
      List<ThemeLine> themes, Report report, Subscription subscription) {}

  /** A year the county has pages for. */
  public record YearLink(Link link, int forums) {}

  /** A coming forum on the county's index: its title, when, and its year's page. */
  public record ComingForum(Text title, String when, String href) {}

  /** The county's index: its years and its coming forums. */
  public record Index(Frame frame, String heading, List<YearLink> years, List<ComingForum> coming) {}

  /** The page for an address with no page. */
  public record NotFound(Frame frame, String heading, String explanation) {}
}
