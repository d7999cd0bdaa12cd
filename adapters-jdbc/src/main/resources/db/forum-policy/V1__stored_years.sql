-- The storage of ForumYears as documents. Each saved version of a county-year is one row of
-- forum_year_version holding the whole year with its profile as one JSON document (the storage
-- format is forum-json's YearDocuments, its version in storage_format), with who, when and why.
-- forum_year points at the current version; forum_event holds the current versions' events for
-- reads across counties. A save writes all three in one transaction; no other copy of the year's
-- shape exists in the schema.
-- The same SQL runs on H2 2.3 and PostgreSQL: ${document_type} is JSON on H2 and JSONB on
-- PostgreSQL. Instants are kept to the microsecond in TIMESTAMP WITH TIME ZONE, the nanoseconds
-- below that in a *_nanos column; the documents keep every time to the nanosecond as text.

CREATE TABLE forum_year (
  county_id VARCHAR NOT NULL,
  calendar_year INTEGER NOT NULL,
  current_version BIGINT NOT NULL,
  CONSTRAINT forum_year_key PRIMARY KEY (county_id, calendar_year),
  CONSTRAINT forum_year_county_not_blank CHECK (LENGTH(TRIM(county_id)) > 0),
  CONSTRAINT forum_year_year_range CHECK (calendar_year BETWEEN 2000 AND 2200),
  CONSTRAINT forum_year_current_version_positive CHECK (current_version >= 1)
);

-- Every version ever saved, never rewritten.
CREATE TABLE forum_year_version (
  county_id VARCHAR NOT NULL,
  calendar_year INTEGER NOT NULL,
  version BIGINT NOT NULL,
  storage_format INTEGER NOT NULL,
  document ${document_type} NOT NULL,
  profile_id VARCHAR NOT NULL,
  profile_version VARCHAR NOT NULL,
  actor VARCHAR NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_at_nanos INTEGER NOT NULL,
  summary VARCHAR NOT NULL,
  request_id VARCHAR,
  CONSTRAINT forum_year_version_key PRIMARY KEY (county_id, calendar_year, version),
  CONSTRAINT forum_year_version_of_year FOREIGN KEY (county_id, calendar_year) REFERENCES forum_year (county_id, calendar_year),
  CONSTRAINT forum_year_version_request UNIQUE (county_id, calendar_year, request_id),
  CONSTRAINT forum_year_version_positive CHECK (version >= 1),
  CONSTRAINT forum_year_version_format CHECK (storage_format >= 1),
  CONSTRAINT forum_year_version_nanos CHECK (changed_at_nanos BETWEEN 0 AND 999)
);

-- The events of each year's current version: replaced on every save, in the same transaction.
-- The wall-clock times are ISO text (exact); starts_at and ends_at are the instants, for ordering.
CREATE TABLE forum_event (
  county_id VARCHAR NOT NULL,
  calendar_year INTEGER NOT NULL,
  event_id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  starts_local VARCHAR NOT NULL,
  ends_local VARCHAR NOT NULL,
  starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT forum_event_key PRIMARY KEY (county_id, calendar_year, event_id),
  CONSTRAINT forum_event_of_year FOREIGN KEY (county_id, calendar_year) REFERENCES forum_year (county_id, calendar_year)
);

CREATE INDEX forum_event_by_start ON forum_event (starts_at, county_id, event_id);
