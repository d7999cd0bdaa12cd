-- What a request asked, as a digest beside its id (Change.requestDigest): a retry with the same id asks the
-- same; another request reusing the id is refused rather than taken for the retry.
ALTER TABLE forum_year_version ADD COLUMN request_digest VARCHAR(100);
