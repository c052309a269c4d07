CREATE TABLE "action_plan_item_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"effective_on" date NOT NULL,
	"status" "commitment_status" NOT NULL,
	"previous_status" "commitment_status" NOT NULL,
	"note" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"action_plan_item_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"request_id" text NOT NULL,
	"operation" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"operation" text NOT NULL,
	"actor" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_digitisation_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"procedure_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	"digitisation" "digitisation_status" NOT NULL,
	"previous_digitisation" "digitisation_status" NOT NULL,
	"note" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_commitment_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"effective_on" date NOT NULL,
	"status" "commitment_status" NOT NULL,
	"previous_status" "commitment_status" NOT NULL,
	"note" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"commitment_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_plan_items" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Hand-edited (drizzle would add the column NOT NULL at once, failing on existing rows): the
-- versions a deployed database already holds join the lineage of their lowest version with the
-- same region, kind and French title, then the column becomes mandatory.
ALTER TABLE "documents" ADD COLUMN "lineage_id" uuid;--> statement-breakpoint
UPDATE "documents" AS d SET "lineage_id" = (
  SELECT f."id" FROM "documents" AS f
  WHERE f."region_code" = d."region_code" AND f."kind" = d."kind" AND f."title_fr" = d."title_fr"
  ORDER BY f."version", f."id" LIMIT 1
);--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "lineage_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "procedures" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "region_commitments" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_members" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "action_plan_item_progress" ADD CONSTRAINT "action_plan_item_progress_action_plan_item_id_action_plan_items_id_fk" FOREIGN KEY ("action_plan_item_id") REFERENCES "public"."action_plan_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_digitisation_entries" ADD CONSTRAINT "procedure_digitisation_entries_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_commitment_progress" ADD CONSTRAINT "region_commitment_progress_commitment_id_region_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."region_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_plan_item_progress_action_plan_item_id_idx" ON "action_plan_item_progress" USING btree ("action_plan_item_id","effective_on");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type","target_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor","id");--> statement-breakpoint
CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "procedure_digitisation_entries_procedure_id_idx" ON "procedure_digitisation_entries" USING btree ("procedure_id","effective_on");--> statement-breakpoint
CREATE INDEX "region_commitment_progress_commitment_id_idx" ON "region_commitment_progress" USING btree ("commitment_id","effective_on");--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_lineage_id_documents_id_fk" FOREIGN KEY ("lineage_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_lineage_id_version_unique" UNIQUE("lineage_id","version");--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_evaluation_needs_attendance" CHECK ("enrollments"."evaluation" is null or "enrollments"."attended");