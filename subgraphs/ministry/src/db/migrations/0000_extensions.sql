-- Trigram matching for the text-search filters (ILIKE '%…%' on names and titles).
-- pg_trgm is a trusted extension: the database owner may create it, no superuser needed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
