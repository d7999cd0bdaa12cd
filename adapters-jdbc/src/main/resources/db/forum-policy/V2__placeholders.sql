-- A venue or remote link the planner filled in as a placeholder, to be confirmed (issue 16).
ALTER TABLE forum_event ADD COLUMN venue_placeholder BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE forum_event ADD COLUMN remote_placeholder BOOLEAN DEFAULT FALSE NOT NULL;
