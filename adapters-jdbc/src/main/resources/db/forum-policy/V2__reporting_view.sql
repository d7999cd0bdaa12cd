-- For reporting tools that read the database directly (PostgreSQL or H2): every county's events of
-- their years' current versions, one row each, with the Helsinki wall-clock times as timestamps, the
-- instants, and who stored the version when. Read-only; the documents remain the record.
CREATE VIEW forum_event_report AS
SELECT e.county_id,
       e.calendar_year,
       e.event_id,
       e.kind,
       e.status,
       e.title,
       CAST(REPLACE(e.starts_local, 'T', ' ') AS TIMESTAMP) AS starts_helsinki,
       CAST(REPLACE(e.ends_local, 'T', ' ') AS TIMESTAMP) AS ends_helsinki,
       e.starts_at,
       e.ends_at,
       y.current_version AS version,
       v.actor AS stored_by,
       v.changed_at AS stored_at
FROM forum_event e
JOIN forum_year y ON y.county_id = e.county_id AND y.calendar_year = e.calendar_year
JOIN forum_year_version v ON v.county_id = y.county_id AND v.calendar_year = y.calendar_year AND v.version = y.current_version;
