-- Accent-insensitive text search ("Fes" finds "Fès"): unaccent is a trusted extension, and
-- f_unaccent is the immutable wrapper expressions and indexes can use.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
