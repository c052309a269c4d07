ALTER TABLE "practice_applications" ADD COLUMN "region_code" text;--> statement-breakpoint
CREATE INDEX "practice_applications_region_code_idx" ON "practice_applications" USING btree ("region_code");