-- The bearer tokens of the HTTP API: one county and one role each. Only the secret's SHA-256 is kept
-- (hex); instants are kept as ISO-8601 text so that every instant comes back exactly.
CREATE TABLE api_token (
  token_id VARCHAR(16) NOT NULL,
  issued_order BIGINT GENERATED ALWAYS AS IDENTITY,
  county_id VARCHAR NOT NULL,
  token_role VARCHAR(20) NOT NULL,
  label VARCHAR NOT NULL,
  secret_sha256 CHAR(64) NOT NULL,
  created_at VARCHAR(40) NOT NULL,
  expires_at VARCHAR(40),
  revoked_at VARCHAR(40),
  CONSTRAINT api_token_key PRIMARY KEY (token_id),
  CONSTRAINT api_token_role CHECK (token_role IN ('READER', 'SECRETARY'))
);

CREATE INDEX api_token_by_county ON api_token (county_id, issued_order);

-- The versions by the time of their change, for "which county-years changed since" (ForumYears.changedSince).
CREATE INDEX forum_year_version_by_change ON forum_year_version (changed_at);
