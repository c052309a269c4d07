DROP INDEX "documents_title_fr_trgm_idx";--> statement-breakpoint
DROP INDEX "documents_title_ar_trgm_idx";--> statement-breakpoint
DROP INDEX "procedures_name_fr_trgm_idx";--> statement-breakpoint
DROP INDEX "procedures_name_ar_trgm_idx";--> statement-breakpoint
DROP INDEX "regions_name_fr_trgm_idx";--> statement-breakpoint
DROP INDEX "regions_name_ar_trgm_idx";--> statement-breakpoint
DROP INDEX "staff_members_full_name_trgm_idx";--> statement-breakpoint
DROP INDEX "training_sessions_title_fr_trgm_idx";--> statement-breakpoint
DROP INDEX "training_sessions_title_ar_trgm_idx";--> statement-breakpoint
CREATE INDEX "documents_title_fr_trgm_idx" ON "documents" USING gin (f_unaccent("title_fr") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "documents_title_ar_trgm_idx" ON "documents" USING gin (f_unaccent("title_ar") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "procedures_name_fr_trgm_idx" ON "procedures" USING gin (f_unaccent("name_fr") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "procedures_name_ar_trgm_idx" ON "procedures" USING gin (f_unaccent("name_ar") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "regions_name_fr_trgm_idx" ON "regions" USING gin (f_unaccent("name_fr") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "regions_name_ar_trgm_idx" ON "regions" USING gin (f_unaccent("name_ar") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "staff_members_full_name_trgm_idx" ON "staff_members" USING gin (f_unaccent("full_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "training_sessions_title_fr_trgm_idx" ON "training_sessions" USING gin (f_unaccent("title_fr") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "training_sessions_title_ar_trgm_idx" ON "training_sessions" USING gin (f_unaccent("title_ar") gin_trgm_ops);