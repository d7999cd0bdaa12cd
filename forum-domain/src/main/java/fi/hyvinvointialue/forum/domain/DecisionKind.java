package fi.hyvinvointialue.forum.domain;

/** What a decision on the decision-making calendar is about. */
public enum DecisionKind {
  BUDGET,
  PROCUREMENT_PLAN,
  VOUCHER_RULEBOOK,
  STRATEGY,
  WELFARE_REPORT,
  WELFARE_PLAN,
  FINANCIAL_STATEMENTS,
  OTHER
}
