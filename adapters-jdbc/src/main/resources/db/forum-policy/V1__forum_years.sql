-- The storage of ForumYears: one row per county's year in forum_year, everything else in child
-- tables keyed by the year's id and the positions of the values in their lists (pos, event_pos),
-- so lists keep their order. The same SQL runs on H2 2.3 and PostgreSQL: standard types only,
-- VARCHAR without a length (H2 caps it at 1,000,000 characters), no reserved words as names.
-- Instants are kept to the microsecond in TIMESTAMP WITH TIME ZONE, the nanoseconds below that in
-- a *_nanos column, so an Instant comes back equal. Enums are stored by name.
-- Children of an event, the clock, the agreement, the plan and the playbook go with their parent
-- (ON DELETE CASCADE): a save replaces a year's contents by deleting the top-level rows.

CREATE TABLE forum_year (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  county_id VARCHAR NOT NULL,
  calendar_year INTEGER NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT forum_year_key UNIQUE (county_id, calendar_year),
  CONSTRAINT forum_year_county_not_blank CHECK (LENGTH(TRIM(county_id)) > 0),
  CONSTRAINT forum_year_year_range CHECK (calendar_year BETWEEN 2000 AND 2200),
  CONSTRAINT forum_year_version_positive CHECK (version >= 1)
);

-- The audit trail: one row per applied change, never rewritten.
CREATE TABLE change_history (
  year_id BIGINT NOT NULL REFERENCES forum_year (id),
  version BIGINT NOT NULL,
  actor VARCHAR NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_at_nanos INTEGER NOT NULL,
  summary VARCHAR NOT NULL,
  request_id VARCHAR,
  PRIMARY KEY (year_id, version),
  CONSTRAINT change_request_once UNIQUE (year_id, request_id),
  CONSTRAINT change_actor_not_blank CHECK (LENGTH(TRIM(actor)) > 0),
  CONSTRAINT change_nanos_range CHECK (changed_at_nanos BETWEEN 0 AND 999)
);

-- The annual clock (vuosikello); its year is the forum year's.
CREATE TABLE annual_clock (
  year_id BIGINT PRIMARY KEY REFERENCES forum_year (id)
);

CREATE TABLE clock_decision (
  year_id BIGINT NOT NULL REFERENCES annual_clock (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  decision_id VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  body VARCHAR NOT NULL,
  body_name VARCHAR NOT NULL,
  decided_on DATE NOT NULL,
  PRIMARY KEY (year_id, pos),
  CONSTRAINT clock_decision_id_unique UNIQUE (year_id, decision_id)
);

CREATE TABLE clock_theme (
  year_id BIGINT NOT NULL REFERENCES annual_clock (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  theme_id VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  PRIMARY KEY (year_id, pos),
  CONSTRAINT clock_theme_id_unique UNIQUE (year_id, theme_id)
);

CREATE TABLE clock_theme_decision (
  year_id BIGINT NOT NULL,
  theme_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  decision_id VARCHAR NOT NULL,
  PRIMARY KEY (year_id, theme_pos, pos),
  FOREIGN KEY (year_id, theme_pos) REFERENCES clock_theme (year_id, pos) ON DELETE CASCADE,
  FOREIGN KEY (year_id, decision_id) REFERENCES clock_decision (year_id, decision_id) ON DELETE CASCADE
);

-- Events. A person is kept as <role>_name, <role>_org_name, <role>_org_kind, <role>_public;
-- an organisation as <role>_name and <role>_kind (or org_name, org_kind).
CREATE TABLE forum_event (
  year_id BIGINT NOT NULL REFERENCES forum_year (id),
  pos INTEGER NOT NULL,
  event_id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  starts_at TIMESTAMP NOT NULL,
  ends_at TIMESTAMP NOT NULL,
  status VARCHAR NOT NULL,
  access VARCHAR NOT NULL,
  venue_name VARCHAR,
  venue_address VARCHAR,
  venue_municipality VARCHAR,
  remote_uri VARCHAR,
  remote_platform VARCHAR,
  convener_name VARCHAR,
  convener_kind VARCHAR,
  chair_name VARCHAR,
  chair_org_name VARCHAR,
  chair_org_kind VARCHAR,
  chair_public BOOLEAN,
  secretary_name VARCHAR,
  secretary_org_name VARCHAR,
  secretary_org_kind VARCHAR,
  secretary_public BOOLEAN,
  additional_reason VARCHAR,
  created_at TIMESTAMP WITH TIME ZONE,
  created_at_nanos INTEGER,
  last_modified_at TIMESTAMP WITH TIME ZONE,
  last_modified_at_nanos INTEGER,
  sequence_no INTEGER NOT NULL,
  PRIMARY KEY (year_id, pos),
  CONSTRAINT forum_event_id_unique UNIQUE (year_id, event_id),
  CONSTRAINT forum_event_ends_after_start CHECK (ends_at > starts_at),
  CONSTRAINT forum_event_sequence_not_negative CHECK (sequence_no >= 0),
  CONSTRAINT forum_event_remote_uri CHECK (remote_platform IS NULL OR remote_uri IS NOT NULL),
  CONSTRAINT forum_event_venue CHECK (venue_name IS NOT NULL OR (venue_address IS NULL AND venue_municipality IS NULL)),
  CONSTRAINT forum_event_convener CHECK ((convener_name IS NULL) = (convener_kind IS NULL)),
  CONSTRAINT forum_event_chair CHECK ((chair_name IS NULL) = (chair_public IS NULL)),
  CONSTRAINT forum_event_secretary CHECK ((secretary_name IS NULL) = (secretary_public IS NULL)),
  CONSTRAINT forum_event_created CHECK ((created_at IS NULL) = (created_at_nanos IS NULL)),
  CONSTRAINT forum_event_modified CHECK ((last_modified_at IS NULL) = (last_modified_at_nanos IS NULL))
);

CREATE TABLE event_participant (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  role VARCHAR NOT NULL,
  person_name VARCHAR,
  person_org_name VARCHAR,
  person_org_kind VARCHAR,
  person_public BOOLEAN,
  head_count INTEGER NOT NULL,
  PRIMARY KEY (year_id, event_pos, pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES forum_event (year_id, pos) ON DELETE CASCADE,
  CONSTRAINT event_participant_count CHECK (head_count >= 1),
  CONSTRAINT event_participant_person CHECK ((person_name IS NULL) = (person_public IS NULL))
);

CREATE TABLE event_registration (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  org_name VARCHAR NOT NULL,
  org_kind VARCHAR NOT NULL,
  operates_in_region BOOLEAN NOT NULL,
  accepted BOOLEAN NOT NULL,
  reason VARCHAR,
  PRIMARY KEY (year_id, event_pos, pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES forum_event (year_id, pos) ON DELETE CASCADE
);

CREATE TABLE agenda_item (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  item_id VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  topic VARCHAR NOT NULL,
  presenter_name VARCHAR,
  presenter_org_name VARCHAR,
  presenter_org_kind VARCHAR,
  presenter_public BOOLEAN,
  theme_id VARCHAR,
  path_decision_id VARCHAR,
  path_description VARCHAR,
  PRIMARY KEY (year_id, event_pos, pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES forum_event (year_id, pos) ON DELETE CASCADE,
  CONSTRAINT agenda_item_id_unique UNIQUE (year_id, event_pos, item_id),
  CONSTRAINT agenda_item_presenter CHECK ((presenter_name IS NULL) = (presenter_public IS NULL)),
  CONSTRAINT agenda_item_path CHECK (path_decision_id IS NULL OR path_description IS NOT NULL)
);

CREATE TABLE agenda_item_goal (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  item_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  goal VARCHAR NOT NULL,
  PRIMARY KEY (year_id, event_pos, item_pos, pos),
  FOREIGN KEY (year_id, event_pos, item_pos) REFERENCES agenda_item (year_id, event_pos, pos) ON DELETE CASCADE,
  CONSTRAINT agenda_item_goal_unique UNIQUE (year_id, event_pos, item_pos, goal)
);

CREATE TABLE event_publication (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  material VARCHAR NOT NULL,
  channel VARCHAR NOT NULL,
  published_at TIMESTAMP NOT NULL,
  uri VARCHAR,
  PRIMARY KEY (year_id, event_pos, pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES forum_event (year_id, pos) ON DELETE CASCADE
);

CREATE TABLE event_announcement (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  channel VARCHAR NOT NULL,
  announced_at TIMESTAMP NOT NULL,
  uri VARCHAR,
  PRIMARY KEY (year_id, event_pos, pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES forum_event (year_id, pos) ON DELETE CASCADE
);

CREATE TABLE feedback_window (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  opens_at TIMESTAMP NOT NULL,
  closes_at TIMESTAMP NOT NULL,
  uri VARCHAR,
  PRIMARY KEY (year_id, event_pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES forum_event (year_id, pos) ON DELETE CASCADE,
  CONSTRAINT feedback_window_closes_after_opening CHECK (closes_at > opens_at)
);

-- A comment's author is personal data: the retention purge empties it and keeps the text.
CREATE TABLE feedback_comment (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  comment_id VARCHAR NOT NULL,
  received_at TIMESTAMP NOT NULL,
  comment_text VARCHAR NOT NULL,
  author VARCHAR,
  PRIMARY KEY (year_id, event_pos, pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES feedback_window (year_id, event_pos) ON DELETE CASCADE,
  CONSTRAINT feedback_comment_id_unique UNIQUE (year_id, event_pos, comment_id)
);

CREATE TABLE event_recording (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  published_at TIMESTAMP,
  removed_at TIMESTAMP,
  uri VARCHAR,
  accessible BOOLEAN NOT NULL,
  PRIMARY KEY (year_id, event_pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES forum_event (year_id, pos) ON DELETE CASCADE,
  CONSTRAINT event_recording_removed_after_published
    CHECK (published_at IS NULL OR removed_at IS NULL OR removed_at > published_at)
);

CREATE TABLE memo (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  completed_at TIMESTAMP,
  covers_discussion BOOLEAN NOT NULL,
  covers_feedback BOOLEAN NOT NULL,
  reviewed_at TIMESTAMP,
  published_at TIMESTAMP,
  PRIMARY KEY (year_id, event_pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES forum_event (year_id, pos) ON DELETE CASCADE
);

CREATE TABLE memo_comment (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  comment_id VARCHAR NOT NULL,
  PRIMARY KEY (year_id, event_pos, pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES memo (year_id, event_pos) ON DELETE CASCADE,
  FOREIGN KEY (year_id, event_pos, comment_id)
    REFERENCES feedback_comment (year_id, event_pos, comment_id) ON DELETE CASCADE,
  CONSTRAINT memo_comment_unique UNIQUE (year_id, event_pos, comment_id)
);

CREATE TABLE memo_item (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  agenda_item_id VARCHAR NOT NULL,
  decision_handling VARCHAR NOT NULL,
  PRIMARY KEY (year_id, event_pos, pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES memo (year_id, event_pos) ON DELETE CASCADE,
  FOREIGN KEY (year_id, event_pos, agenda_item_id)
    REFERENCES agenda_item (year_id, event_pos, item_id) ON DELETE CASCADE
);

CREATE TABLE memo_delivery (
  year_id BIGINT NOT NULL,
  event_pos INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  recipient_kind VARCHAR NOT NULL,
  recipient VARCHAR NOT NULL,
  delivered_at TIMESTAMP NOT NULL,
  PRIMARY KEY (year_id, event_pos, pos),
  FOREIGN KEY (year_id, event_pos) REFERENCES memo (year_id, event_pos) ON DELETE CASCADE
);

CREATE TABLE working_group (
  year_id BIGINT PRIMARY KEY REFERENCES forum_year (id),
  term_start DATE NOT NULL,
  term_end DATE NOT NULL,
  appointed_on DATE,
  CONSTRAINT working_group_term CHECK (term_end > term_start)
);

CREATE TABLE working_group_member (
  year_id BIGINT NOT NULL REFERENCES working_group (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  member_name VARCHAR NOT NULL,
  org_name VARCHAR NOT NULL,
  org_kind VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  industry_code VARCHAR,
  size_class VARCHAR,
  sub_region VARCHAR,
  member_from DATE NOT NULL,
  member_until DATE NOT NULL,
  PRIMARY KEY (year_id, pos),
  CONSTRAINT working_group_member_period CHECK (member_until >= member_from)
);

CREATE TABLE communication_plan (
  year_id BIGINT PRIMARY KEY REFERENCES forum_year (id)
);

CREATE TABLE communication_channel (
  year_id BIGINT NOT NULL REFERENCES communication_plan (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  channel VARCHAR NOT NULL,
  PRIMARY KEY (year_id, pos),
  CONSTRAINT communication_channel_unique UNIQUE (year_id, channel)
);

CREATE TABLE communication_partner (
  year_id BIGINT NOT NULL REFERENCES communication_plan (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  org_name VARCHAR NOT NULL,
  org_kind VARCHAR NOT NULL,
  PRIMARY KEY (year_id, pos)
);

CREATE TABLE communication_entry (
  year_id BIGINT NOT NULL REFERENCES communication_plan (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  event_id VARCHAR NOT NULL,
  channel VARCHAR NOT NULL,
  planned_on DATE NOT NULL,
  PRIMARY KEY (year_id, pos)
);

CREATE TABLE permanent_member (
  year_id BIGINT NOT NULL REFERENCES forum_year (id),
  pos INTEGER NOT NULL,
  org_name VARCHAR NOT NULL,
  org_kind VARCHAR NOT NULL,
  PRIMARY KEY (year_id, pos)
);

CREATE TABLE partnership_agreement (
  year_id BIGINT PRIMARY KEY REFERENCES forum_year (id),
  title VARCHAR NOT NULL,
  written BOOLEAN NOT NULL
);

CREATE TABLE agreement_goal (
  year_id BIGINT NOT NULL REFERENCES partnership_agreement (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  goal VARCHAR NOT NULL,
  PRIMARY KEY (year_id, pos)
);

CREATE TABLE agreement_party (
  year_id BIGINT NOT NULL REFERENCES partnership_agreement (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  org_name VARCHAR NOT NULL,
  org_kind VARCHAR NOT NULL,
  PRIMARY KEY (year_id, pos),
  CONSTRAINT agreement_party_unique UNIQUE (year_id, org_name)
);

CREATE TABLE agreement_signature (
  year_id BIGINT NOT NULL REFERENCES partnership_agreement (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  party VARCHAR NOT NULL,
  signatory VARCHAR NOT NULL,
  signed_on DATE NOT NULL,
  PRIMARY KEY (year_id, pos),
  FOREIGN KEY (year_id, party) REFERENCES agreement_party (year_id, org_name) ON DELETE CASCADE
);

CREATE TABLE vitality_pledge (
  year_id BIGINT PRIMARY KEY REFERENCES partnership_agreement (year_id) ON DELETE CASCADE,
  committed_on DATE NOT NULL
);

CREATE TABLE pledge_party (
  year_id BIGINT NOT NULL REFERENCES vitality_pledge (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  party VARCHAR NOT NULL,
  PRIMARY KEY (year_id, pos),
  FOREIGN KEY (year_id, party) REFERENCES agreement_party (year_id, org_name) ON DELETE CASCADE
);

CREATE TABLE playbook (
  year_id BIGINT PRIMARY KEY REFERENCES forum_year (id),
  title VARCHAR NOT NULL,
  adopted_on DATE
);

CREATE TABLE playbook_section (
  year_id BIGINT NOT NULL REFERENCES playbook (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  section VARCHAR NOT NULL,
  PRIMARY KEY (year_id, pos),
  CONSTRAINT playbook_section_unique UNIQUE (year_id, section)
);

CREATE TABLE playbook_author (
  year_id BIGINT NOT NULL REFERENCES playbook (year_id) ON DELETE CASCADE,
  pos INTEGER NOT NULL,
  org_name VARCHAR NOT NULL,
  org_kind VARCHAR NOT NULL,
  PRIMARY KEY (year_id, pos)
);
