package fi.hyvinvointialue.forum.rules.core;

import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The partnership clauses count organisations by kind. */
public final class Organisations {
  /** The four kinds of party KE-3 and KE-4 name: county, municipalities, entrepreneurs, third sector. */
  public static final Set<OrganisationKind> PARTNERSHIP_KINDS =
      EnumSet.of(OrganisationKind.WELLBEING_COUNTY, OrganisationKind.MUNICIPALITY,
          OrganisationKind.ENTREPRENEUR_ORGANISATION, OrganisationKind.THIRD_SECTOR_ORGANISATION);

  private Organisations() {}

  public static boolean anyOfKind(Collection<Organisation> organisations, OrganisationKind kind) {
    for (Organisation organisation : organisations) {
      if (organisation.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** The partnership kinds none of the organisations is of. */
  public static Set<OrganisationKind> missingPartnershipKinds(Collection<Organisation> organisations) {
    Set<OrganisationKind> missing = EnumSet.copyOf(PARTNERSHIP_KINDS);
    for (Organisation organisation : organisations) {
      missing.remove(organisation.kind());
    }
    return missing;
  }
}
