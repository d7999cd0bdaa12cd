package fi.hyvinvointialue.forum.rules.tl1;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.profile.Approval;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;

/**
 * TL-1.3: the regional board approves the policy. A profile without an approval, or approved by
 * another body, is a violation; an approval whose date is not on record is a notice (the Keski-Suomi
 * default profile is one: INTERPRETATIONS.md, I-19).
 */
public final class ProfileApprovedByRegionalBoard extends NamedRule {
  public ProfileApprovedByRegionalBoard() {
    super("profile-approved-by-regional-board", "TL-1.3");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    PolicyProfile profile = context.profile();
    Subject subject = Subject.of(SubjectKind.PROFILE, profile.id() + "@" + profile.version());
    if (profile.approval().isEmpty()) {
      return ImmutableList.of(finding("missing", Severity.VIOLATION, subject,
          ImmutableMap.of("profile", profile.id(), "version", profile.version())));
    }
    Approval approval = profile.approval().get();
    if (!approval.byRegionalBoard()) {
      return ImmutableList.of(finding("wrong-body", Severity.VIOLATION, subject,
          ImmutableMap.of("profile", profile.id(), "version", profile.version(), "body", approval.body(),
              "regionalBoard", profile.regionalBoard())));
    }
    if (approval.approvedOn().isEmpty()) {
      return ImmutableList.of(finding("undated", Severity.NOTICE, subject,
          ImmutableMap.of("profile", profile.id(), "version", profile.version(), "body", approval.body())));
    }
    return ImmutableList.of();
  }
}
