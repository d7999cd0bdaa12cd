/**
 * Policy profiles: every parameter of a county's policy, versioned and approved, with the county's
 * reference data; {@link fi.hyvinvointialue.forum.domain.profile.KeskiSuomi} is the default.
 */
package fi.hyvinvointialue.forum.domain.profile;
