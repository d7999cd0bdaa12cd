package fi.hyvinvointialue.forum.domain;

/** The standing themes of the annual clock (TL-3.3 a–c) and the procurement dialogue of KE-2. */
public enum ThemeKind {
  /** TL-3.3 (a) */
  BUDGET,
  /** TL-3.3 (a) */
  PROCUREMENT_PLAN,
  /** TL-3.3 (a): the general part only; single vouchers go to targeted events. */
  VOUCHER_RULEBOOK_GENERAL_PART,
  /** TL-3.3 (b) */
  STRATEGY_AND_FUTURE,
  /** TL-3.3 (c) */
  WELFARE_REPORT_AND_PLAN,
  /** KE-2: forward-looking dialogue on procurement planning and direction. */
  PROCUREMENT_STRATEGY_DIALOGUE,
  OTHER
}
