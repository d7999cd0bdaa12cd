package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.MemberRole;
import fi.hyvinvointialue.forum.domain.SizeClass;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import fi.hyvinvointialue.forum.domain.profile.Municipality;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Names;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * TL-3.5: the group's make-up reflects providers' industries, sizes and the region's areas ("huomioidaan":
 * advisory, so gaps are warnings). The provider side (every member but the county's) should cover every
 * sub-region of the county; its provider representatives every size class and every industry division of
 * health and social services in the profile's classification (INTERPRETATIONS.md, I-17).
 */
public final class WorkingGroupRepresentsProviders extends WorkingGroupRule {
  /** The health and social care divisions (86, 87, 88), the same in TOL 2008 and TOL 2025. */
  private static final ImmutableSet<String> CARE_DIVISIONS = ImmutableSet.of("86", "87", "88");

  private static final ImmutableSet<String> KNOWN_CLASSIFICATIONS = ImmutableSet.of("TOL 2008", "TOL 2025");

  public WorkingGroupRepresentsProviders() {
    super("working-group-represents-providers", "TL-3.5");
  }

  @Override
  void check(CheckContext context, WorkingGroup group, Subject subject, ImmutableList.Builder<Finding> findings) {
    Set<String> subRegions = new HashSet<>();
    for (Municipality municipality : context.profile().county().municipalities()) {
      subRegions.add(municipality.subRegion());
    }
    Set<SizeClass> sizes = EnumSet.allOf(SizeClass.class);
    Set<String> divisions = new HashSet<>(CARE_DIVISIONS);
    for (WorkingGroupMember member : group.members()) {
      if (member.role() != MemberRole.COUNTY) {
        member.subRegion().ifPresent(subRegions::remove);
      }
      if (member.role() == MemberRole.PROVIDER_REPRESENTATIVE) {
        member.sizeClass().ifPresent(sizes::remove);
        member.industryCode().filter(code -> code.length() >= 2).ifPresent(code -> divisions.remove(code.substring(0, 2)));
      }
    }
    if (!subRegions.isEmpty()) {
      findings.add(finding("sub-regions", Severity.WARNING, subject, ImmutableMap.of("missing", Names.of(subRegions))));
    }
    if (!sizes.isEmpty()) {
      findings.add(finding("sizes", Severity.WARNING, subject, ImmutableMap.of("missing", Names.ofEnums(sizes))));
    }
    String classification = context.profile().industryClassification();
    if (!KNOWN_CLASSIFICATIONS.contains(classification)) {
      findings.add(finding("unknown-classification", Severity.NOTICE, subject,
          ImmutableMap.of("classification", classification)));
    } else if (!divisions.isEmpty()) {
      findings.add(finding("industries", Severity.WARNING, subject,
          ImmutableMap.of("missing", Names.of(divisions), "classification", classification)));
    }
  }
}
