-- The kit's regions reference table (rows written by migrateDatabase); the commitment history
-- takes the shared history columns (effective_on, recorded_by); an idempotency key belongs to its caller.
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_ar" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ministry_commitment_progress" RENAME COLUMN "on_date" TO "effective_on";--> statement-breakpoint
ALTER TABLE "ministry_commitment_progress" RENAME COLUMN "actor" TO "recorded_by";--> statement-breakpoint
DROP INDEX "ministry_commitment_progress_commitment_id_idx";--> statement-breakpoint
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_pkey";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_actor_key_pk" PRIMARY KEY("actor","key");--> statement-breakpoint
CREATE INDEX "regions_name_fr_trgm_idx" ON "regions" USING gin ("name_fr" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "regions_name_ar_trgm_idx" ON "regions" USING gin ("name_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ministry_commitment_progress_commitment_id_idx" ON "ministry_commitment_progress" USING btree ("commitment_id","effective_on","recorded_at");