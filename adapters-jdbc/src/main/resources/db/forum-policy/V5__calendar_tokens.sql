-- Calendar tokens: the secret part of a county's to-do calendar address (TokenRole.CALENDAR), kept as
-- the API's tokens are; V3's check named only the API's roles.
ALTER TABLE api_token DROP CONSTRAINT api_token_role;
ALTER TABLE api_token ADD CONSTRAINT api_token_role CHECK (token_role IN ('READER', 'SECRETARY', 'CALENDAR'));
