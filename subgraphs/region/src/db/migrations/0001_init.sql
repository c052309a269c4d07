CREATE TYPE "public"."commitment_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."digitisation_status" AS ENUM('PAPER', 'PARTIAL', 'ONLINE');--> statement-breakpoint
CREATE TYPE "public"."document_kind" AS ENUM('ORGANISATION_CHART', 'JOB_SKILLS_FRAMEWORK', 'PROCEDURE_MANUAL', 'ACTION_PLAN', 'TRAINING_PLAN', 'REPORT');--> statement-breakpoint
CREATE TYPE "public"."document_language" AS ENUM('FR', 'AR', 'BILINGUAL');--> statement-breakpoint
CREATE TYPE "public"."theme" AS ENUM('HR_MANAGEMENT', 'E_ADMINISTRATION', 'PROCEDURE_SIMPLIFICATION', 'RECEPTION_QUALITY', 'DIGITAL_SKILLS', 'PUBLIC_ETHICS', 'TRAINING_ENGINEERING');--> statement-breakpoint
CREATE TYPE "public"."training_session_status" AS ENUM('PLANNED', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "action_plan_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title_fr" text NOT NULL,
	"title_ar" text,
	"theme" "theme" NOT NULL,
	"status" "commitment_status" NOT NULL,
	"due_on" date
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"kind" "document_kind" NOT NULL,
	"title_fr" text NOT NULL,
	"title_ar" text,
	"language" "document_language" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_on" date,
	"partnership_id" uuid,
	CONSTRAINT "documents_version_positive" CHECK ("documents"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "enrollments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"attended" boolean,
	"evaluation" integer,
	"comment" text,
	CONSTRAINT "enrollments_session_id_staff_id_unique" UNIQUE("session_id","staff_id"),
	CONSTRAINT "enrollments_evaluation_range" CHECK ("enrollments"."evaluation" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_ar" text,
	"required_documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"processing_days" integer,
	"cost_mad" numeric(10, 2) DEFAULT 0 NOT NULL,
	"digitisation" "digitisation_status" NOT NULL,
	"citizen_need_fr" text,
	"citizen_need_ar" text,
	"theme" "theme",
	CONSTRAINT "procedures_cost_non_negative" CHECK ("procedures"."cost_mad" >= 0)
);
--> statement-breakpoint
CREATE TABLE "region_commitments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description_fr" text NOT NULL,
	"description_ar" text,
	"status" "commitment_status" NOT NULL,
	"due_on" date
);
--> statement-breakpoint
CREATE TABLE "region_partnerships" (
	"partnership_id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_ar" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"full_name" text NOT NULL,
	"grade" text NOT NULL,
	"scale" integer,
	"corps" text NOT NULL,
	"department" text NOT NULL,
	"job_title" text NOT NULL,
	"competencies" "theme"[] DEFAULT '{}' NOT NULL,
	"email" text,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"title_fr" text NOT NULL,
	"title_ar" text,
	"theme" "theme" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"hours" integer NOT NULL,
	"location" text,
	"capacity" integer NOT NULL,
	"status" "training_session_status" NOT NULL,
	"trainer_expert_id" uuid,
	"programme_id" uuid,
	"partnership_id" uuid,
	CONSTRAINT "training_sessions_dates_ordered" CHECK ("training_sessions"."ends_on" >= "training_sessions"."starts_on"),
	CONSTRAINT "training_sessions_hours_positive" CHECK ("training_sessions"."hours" > 0),
	CONSTRAINT "training_sessions_capacity_positive" CHECK ("training_sessions"."capacity" > 0)
);
--> statement-breakpoint
ALTER TABLE "action_plan_items" ADD CONSTRAINT "action_plan_items_partnership_id_region_partnerships_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."region_partnerships"("partnership_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_partnership_id_region_partnerships_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."region_partnerships"("partnership_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_staff_id_staff_members_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_commitments" ADD CONSTRAINT "region_commitments_partnership_id_region_partnerships_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."region_partnerships"("partnership_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_partnerships" ADD CONSTRAINT "region_partnerships_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_partnership_id_region_partnerships_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."region_partnerships"("partnership_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_plan_items_partnership_id_idx" ON "action_plan_items" USING btree ("partnership_id","position");--> statement-breakpoint
CREATE INDEX "action_plan_items_theme_idx" ON "action_plan_items" USING btree ("theme");--> statement-breakpoint
CREATE INDEX "action_plan_items_status_idx" ON "action_plan_items" USING btree ("status");--> statement-breakpoint
CREATE INDEX "documents_region_code_idx" ON "documents" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "documents_kind_idx" ON "documents" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "documents_language_idx" ON "documents" USING btree ("language");--> statement-breakpoint
CREATE INDEX "documents_published_idx" ON "documents" USING btree ("published");--> statement-breakpoint
CREATE INDEX "documents_partnership_id_idx" ON "documents" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "documents_title_fr_trgm_idx" ON "documents" USING gin ("title_fr" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "documents_title_ar_trgm_idx" ON "documents" USING gin ("title_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enrollments_staff_id_idx" ON "enrollments" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "procedures_region_code_idx" ON "procedures" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "procedures_digitisation_idx" ON "procedures" USING btree ("digitisation");--> statement-breakpoint
CREATE INDEX "procedures_theme_idx" ON "procedures" USING btree ("theme");--> statement-breakpoint
CREATE INDEX "procedures_name_fr_trgm_idx" ON "procedures" USING gin ("name_fr" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "procedures_name_ar_trgm_idx" ON "procedures" USING gin ("name_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "region_commitments_partnership_id_idx" ON "region_commitments" USING btree ("partnership_id","position");--> statement-breakpoint
CREATE INDEX "region_commitments_status_idx" ON "region_commitments" USING btree ("status");--> statement-breakpoint
CREATE INDEX "region_partnerships_region_code_idx" ON "region_partnerships" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "regions_name_fr_trgm_idx" ON "regions" USING gin ("name_fr" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "regions_name_ar_trgm_idx" ON "regions" USING gin ("name_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "staff_members_region_code_idx" ON "staff_members" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "staff_members_department_idx" ON "staff_members" USING btree ("department");--> statement-breakpoint
CREATE INDEX "staff_members_corps_idx" ON "staff_members" USING btree ("corps");--> statement-breakpoint
CREATE INDEX "staff_members_full_name_trgm_idx" ON "staff_members" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "training_sessions_region_code_idx" ON "training_sessions" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "training_sessions_theme_idx" ON "training_sessions" USING btree ("theme");--> statement-breakpoint
CREATE INDEX "training_sessions_status_idx" ON "training_sessions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "training_sessions_starts_on_idx" ON "training_sessions" USING btree ("starts_on","id");--> statement-breakpoint
CREATE INDEX "training_sessions_trainer_expert_id_idx" ON "training_sessions" USING btree ("trainer_expert_id");--> statement-breakpoint
CREATE INDEX "training_sessions_programme_id_idx" ON "training_sessions" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "training_sessions_partnership_id_idx" ON "training_sessions" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "training_sessions_title_fr_trgm_idx" ON "training_sessions" USING gin ("title_fr" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "training_sessions_title_ar_trgm_idx" ON "training_sessions" USING gin ("title_ar" gin_trgm_ops);