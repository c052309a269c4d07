DROP INDEX "best_practices_title_fr_trgm_idx";--> statement-breakpoint
DROP INDEX "best_practices_title_ar_trgm_idx";--> statement-breakpoint
DROP INDEX "experts_full_name_trgm_idx";--> statement-breakpoint
DROP INDEX "experts_organisation_trgm_idx";--> statement-breakpoint
DROP INDEX "partnerships_title_fr_trgm_idx";--> statement-breakpoint
DROP INDEX "partnerships_title_ar_trgm_idx";--> statement-breakpoint
DROP INDEX "programmes_code_trgm_idx";--> statement-breakpoint
DROP INDEX "programmes_title_fr_trgm_idx";--> statement-breakpoint
DROP INDEX "programmes_title_ar_trgm_idx";--> statement-breakpoint
DROP INDEX "regions_name_fr_trgm_idx";--> statement-breakpoint
DROP INDEX "regions_name_ar_trgm_idx";--> statement-breakpoint
CREATE INDEX "best_practices_title_fr_trgm_idx" ON "best_practices" USING gin (f_unaccent("title_fr") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "best_practices_title_ar_trgm_idx" ON "best_practices" USING gin (f_unaccent("title_ar") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "experts_full_name_trgm_idx" ON "experts" USING gin (f_unaccent("full_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "experts_organisation_trgm_idx" ON "experts" USING gin (f_unaccent("organisation") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partnerships_title_fr_trgm_idx" ON "partnerships" USING gin (f_unaccent("title_fr") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partnerships_title_ar_trgm_idx" ON "partnerships" USING gin (f_unaccent("title_ar") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "programmes_code_trgm_idx" ON "programmes" USING gin (f_unaccent("code") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "programmes_title_fr_trgm_idx" ON "programmes" USING gin (f_unaccent("title_fr") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "programmes_title_ar_trgm_idx" ON "programmes" USING gin (f_unaccent("title_ar") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "regions_name_fr_trgm_idx" ON "regions" USING gin (f_unaccent("name_fr") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "regions_name_ar_trgm_idx" ON "regions" USING gin (f_unaccent("name_ar") gin_trgm_ops);