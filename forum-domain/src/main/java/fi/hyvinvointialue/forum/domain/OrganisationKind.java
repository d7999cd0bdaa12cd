package fi.hyvinvointialue.forum.domain;

/** What kind of body an organisation is; the partnership clauses (KE-3, KE-4) count parties by kind. */
public enum OrganisationKind {
  WELLBEING_COUNTY,
  MUNICIPALITY,
  ENTREPRENEUR_ORGANISATION,
  THIRD_SECTOR_ORGANISATION,
  SERVICE_PROVIDER,
  COMPANY,
  CHAMBER_OF_COMMERCE,
  REGIONAL_COUNCIL,
  OTHER
}
