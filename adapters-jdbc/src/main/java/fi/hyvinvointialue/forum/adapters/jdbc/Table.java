package fi.hyvinvointialue.forum.adapters.jdbc;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The child tables of a forum year, in an order that inserts parents before their children. Each is
 * keyed by the year's id and positions, so one query per table loads a whole year in list order.
 */
enum Table {
  ANNUAL_CLOCK("annual_clock", keys(), columns()),
  CLOCK_DECISION("clock_decision", keys("pos"), columns("decision_id", "title", "kind", "body", "body_name", "decided_on")),
  CLOCK_THEME("clock_theme", keys("pos"), columns("theme_id", "title", "kind")),
  CLOCK_THEME_DECISION("clock_theme_decision", keys("theme_pos", "pos"), columns("decision_id")),
  FORUM_EVENT(
      "forum_event",
      keys("pos"),
      columns(
          "event_id", "kind", "title", "starts_at", "ends_at", "status", "access",
          "venue_name", "venue_address", "venue_municipality", "remote_uri", "remote_platform",
          "convener_name", "convener_kind"),
      person("chair"),
      person("secretary"),
      columns(
          "additional_reason", "created_at", "created_at_nanos", "last_modified_at", "last_modified_at_nanos",
          "sequence_no")),
  EVENT_PARTICIPANT("event_participant", keys("event_pos", "pos"), columns("role"), person("person"), columns("head_count")),
  EVENT_REGISTRATION(
      "event_registration",
      keys("event_pos", "pos"),
      columns("org_name", "org_kind", "operates_in_region", "accepted", "reason")),
  AGENDA_ITEM(
      "agenda_item",
      keys("event_pos", "pos"),
      columns("item_id", "title", "topic"),
      person("presenter"),
      columns("theme_id", "path_decision_id", "path_description")),
  AGENDA_ITEM_GOAL("agenda_item_goal", keys("event_pos", "item_pos", "pos"), columns("goal")),
  EVENT_PUBLICATION("event_publication", keys("event_pos", "pos"), columns("material", "channel", "published_at", "uri")),
  EVENT_ANNOUNCEMENT("event_announcement", keys("event_pos", "pos"), columns("channel", "announced_at", "uri")),
  FEEDBACK_WINDOW("feedback_window", keys("event_pos"), columns("opens_at", "closes_at", "uri")),
  FEEDBACK_COMMENT(
      "feedback_comment", keys("event_pos", "pos"), columns("comment_id", "received_at", "comment_text", "author")),
  EVENT_RECORDING("event_recording", keys("event_pos"), columns("published_at", "removed_at", "uri", "accessible")),
  MEMO(
      "memo",
      keys("event_pos"),
      columns("completed_at", "covers_discussion", "covers_feedback", "reviewed_at", "published_at")),
  MEMO_COMMENT("memo_comment", keys("event_pos", "pos"), columns("comment_id")),
  MEMO_ITEM("memo_item", keys("event_pos", "pos"), columns("agenda_item_id", "decision_handling")),
  MEMO_DELIVERY("memo_delivery", keys("event_pos", "pos"), columns("recipient_kind", "recipient", "delivered_at")),
  WORKING_GROUP("working_group", keys(), columns("term_start", "term_end", "appointed_on")),
  WORKING_GROUP_MEMBER(
      "working_group_member",
      keys("pos"),
      columns(
          "member_name", "org_name", "org_kind", "role", "industry_code", "size_class", "sub_region",
          "member_from", "member_until")),
  COMMUNICATION_PLAN("communication_plan", keys(), columns()),
  COMMUNICATION_CHANNEL("communication_channel", keys("pos"), columns("channel")),
  COMMUNICATION_PARTNER("communication_partner", keys("pos"), columns("org_name", "org_kind")),
  COMMUNICATION_ENTRY("communication_entry", keys("pos"), columns("event_id", "channel", "planned_on")),
  PERMANENT_MEMBER("permanent_member", keys("pos"), columns("org_name", "org_kind")),
  PARTNERSHIP_AGREEMENT("partnership_agreement", keys(), columns("title", "written")),
  AGREEMENT_GOAL("agreement_goal", keys("pos"), columns("goal")),
  AGREEMENT_PARTY("agreement_party", keys("pos"), columns("org_name", "org_kind")),
  AGREEMENT_SIGNATURE("agreement_signature", keys("pos"), columns("party", "signatory", "signed_on")),
  VITALITY_PLEDGE("vitality_pledge", keys(), columns("committed_on")),
  PLEDGE_PARTY("pledge_party", keys("pos"), columns("party")),
  PLAYBOOK("playbook", keys(), columns("title", "adopted_on")),
  PLAYBOOK_SECTION("playbook_section", keys("pos"), columns("section")),
  PLAYBOOK_AUTHOR("playbook_author", keys("pos"), columns("org_name", "org_kind"));

  /**
   * The tables whose rows are a year's whole contents: deleting these deletes the rest through
   * {@code ON DELETE CASCADE}.
   */
  static final ImmutableList<Table> TOP_LEVEL =
      ImmutableList.of(ANNUAL_CLOCK, FORUM_EVENT, WORKING_GROUP, COMMUNICATION_PLAN, PERMANENT_MEMBER,
          PARTNERSHIP_AGREEMENT, PLAYBOOK);

  private final String name;
  private final ImmutableList<String> keys;
  private final ImmutableList<String> columns;

  Table(String name, String[] keys, String[]... columns) {
    this.name = name;
    this.keys = ImmutableList.<String>builder().add("year_id").add(keys).build();
    this.columns =
        ImmutableList.<String>builder().addAll(this.keys).addAll(Stream.of(columns).flatMap(Stream::of).iterator()).build();
  }

  private static String[] keys(String... keys) {
    return keys;
  }

  private static String[] columns(String... columns) {
    return columns;
  }

  /** A {@code Person}'s columns: {@code <role>_name, <role>_org_name, <role>_org_kind, <role>_public}. */
  private static String[] person(String role) {
    return new String[] {role + "_name", role + "_org_name", role + "_org_kind", role + "_public"};
  }

  /** How many values a row of this table has: the year id, the positions and the columns. */
  int width() {
    return columns.size();
  }

  String insert() {
    return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
        + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
  }

  String selectByYear() {
    return "SELECT " + String.join(", ", columns) + " FROM " + name + " WHERE year_id = ? ORDER BY "
        + String.join(", ", keys);
  }

  String deleteByYear() {
    return "DELETE FROM " + name + " WHERE year_id = ?";
  }
}
