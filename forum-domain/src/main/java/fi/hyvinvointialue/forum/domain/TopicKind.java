package fi.hyvinvointialue.forum.domain;

/**
 * What an agenda item is about, as far as TL-2.5 cares: single procurements and service vouchers
 * belong to targeted events, while the general part of the voucher rulebooks (TL-3.3 a) and
 * forward-looking procurement planning (KE-2) are open-forum topics.
 */
public enum TopicKind {
  GENERAL,
  PROCUREMENT_PLANNING,
  VOUCHER_RULEBOOK_GENERAL_PART,
  INDIVIDUAL_PROCUREMENT,
  SERVICE_VOUCHER;

  /** Whether TL-2.5 sends this topic to a targeted event instead of the open forum. */
  public boolean belongsToTargetedEvent() {
    return this == INDIVIDUAL_PROCUREMENT || this == SERVICE_VOUCHER;
  }
}
