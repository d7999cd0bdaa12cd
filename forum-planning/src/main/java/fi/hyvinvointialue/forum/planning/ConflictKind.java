package fi.hyvinvointialue.forum.planning;

/** Why no plan fits; each kind has its message, in three languages, keyed by {@link #key()}. */
public enum ConflictKind {
  /** TL-1.3: the profile is in force on no day of the year. */
  PROFILE_NOT_IN_FORCE,
  /** TL-1.3: the profile is not approved by the regional board. */
  PROFILE_NOT_APPROVED,
  /** TL-4.2: fewer forums asked for than the profile's minimum. */
  TOO_FEW_FORUMS_WANTED,
  /** TL-4.4: more forums than the profile's maximum, with no reason given. */
  EXTRA_FORUMS_WITHOUT_REASON,
  /** A decision comes too early in the year for a forum's memo to reach it in time. */
  DECISION_TOO_EARLY,
  /** TL-4.8: no board to deliver the memos to. */
  NO_BOARD_FOR_MEMOS,
  /** KE-3, KE-4, KE-5: the profile adopts a partnership record the request's base year does not have. */
  PARTNERSHIP_RECORD_MISSING,
  /** Fewer forum days than forums wanted, at the least distance apart. */
  NOT_ENOUGH_SLOTS,
  /** TL-2.1: no forum day for longer than the longest gap allowed. */
  GAP_TOO_LONG,
  /** TL-2.1: no forum day near enough the year's start or end to keep the gap over the new year. */
  YEAR_EDGE,
  /** The constraints together leave no sequence of forum days, although none alone is at fault. */
  NO_SEQUENCE;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
