package fi.hyvinvointialue.forum.domain;

/** The three strategy-linked goals the forum promotes (TL-2.4 a–c). */
public enum StrategicGoal {
  /** (a) Residents' wellbeing, health and safety; narrowing health gaps. */
  WELLBEING_HEALTH_AND_SAFETY,
  /** (b) Developing and renewing the county's activities. */
  DEVELOPMENT_AND_RENEWAL,
  /** (c) Quality, effectiveness and cost-effectiveness of services. */
  QUALITY_AND_COST_EFFECTIVENESS
}
