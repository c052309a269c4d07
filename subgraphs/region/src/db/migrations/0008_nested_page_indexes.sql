DROP INDEX "staff_members_region_code_idx";--> statement-breakpoint
DROP INDEX "training_sessions_region_code_idx";--> statement-breakpoint
DROP INDEX "training_sessions_trainer_expert_id_idx";--> statement-breakpoint
DROP INDEX "training_sessions_programme_id_idx";--> statement-breakpoint
DROP INDEX "training_sessions_partnership_id_idx";--> statement-breakpoint
CREATE INDEX "staff_members_region_code_full_name_id_idx" ON "staff_members" USING btree ("region_code","full_name","id");--> statement-breakpoint
CREATE INDEX "training_sessions_region_code_starts_on_idx" ON "training_sessions" USING btree ("region_code","starts_on","id");--> statement-breakpoint
CREATE INDEX "training_sessions_trainer_expert_id_starts_on_idx" ON "training_sessions" USING btree ("trainer_expert_id","starts_on","id");--> statement-breakpoint
CREATE INDEX "training_sessions_programme_id_starts_on_idx" ON "training_sessions" USING btree ("programme_id","starts_on","id");--> statement-breakpoint
CREATE INDEX "training_sessions_partnership_id_starts_on_idx" ON "training_sessions" USING btree ("partnership_id","starts_on","id");