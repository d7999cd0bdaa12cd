package fi.hyvinvointialue.forum.archfixture.domain.profile;

/** A profile with one period, for the calendar rule's fixture. */
public interface PolicyProfile {
  int publicationLeadDays();
}
