CREATE TYPE "public"."commitment_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."signatory_party" AS ENUM('REGION', 'MINISTRY');--> statement-breakpoint
CREATE TYPE "public"."theme" AS ENUM('HR_MANAGEMENT', 'E_ADMINISTRATION', 'PROCEDURE_SIMPLIFICATION', 'RECEPTION_QUALITY', 'DIGITAL_SKILLS', 'PUBLIC_ETHICS', 'TRAINING_ENGINEERING');--> statement-breakpoint
CREATE TABLE "best_practice_adoptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"best_practice_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"adopted_on" date NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "best_practices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title_fr" text NOT NULL,
	"title_ar" text,
	"summary_fr" text NOT NULL,
	"summary_ar" text,
	"theme" "theme" NOT NULL,
	"origin" text NOT NULL,
	"outcomes" text,
	"programme_id" uuid,
	"published_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"expert_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"mission_fr" text NOT NULL,
	"mission_ar" text,
	"theme" "theme" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date
);
--> statement-breakpoint
CREATE TABLE "experts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"organisation" text NOT NULL,
	"specialties" "theme"[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"bio" text
);
--> statement-breakpoint
CREATE TABLE "ministry_commitments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"description_fr" text NOT NULL,
	"description_ar" text,
	"status" "commitment_status" DEFAULT 'PLANNED' NOT NULL,
	"due_on" date,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"title_fr" text NOT NULL,
	"title_ar" text,
	"summary_fr" text,
	"summary_ar" text,
	"signed_in" text NOT NULL,
	"signed_at" text NOT NULL,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_applications" (
	"procedure_id" uuid NOT NULL,
	"best_practice_id" uuid NOT NULL,
	CONSTRAINT "practice_applications_procedure_id_best_practice_id_pk" PRIMARY KEY("procedure_id","best_practice_id")
);
--> statement-breakpoint
CREATE TABLE "programme_regions" (
	"programme_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"enrolled_on" date NOT NULL,
	CONSTRAINT "programme_regions_programme_id_region_code_pk" PRIMARY KEY("programme_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title_fr" text NOT NULL,
	"title_ar" text,
	"theme" "theme" NOT NULL,
	"objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date
);
--> statement-breakpoint
CREATE TABLE "signatories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"party" "signatory_party" NOT NULL,
	"name" text,
	"title_fr" text NOT NULL,
	"title_ar" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "best_practice_adoptions" ADD CONSTRAINT "best_practice_adoptions_best_practice_id_best_practices_id_fk" FOREIGN KEY ("best_practice_id") REFERENCES "public"."best_practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "best_practices" ADD CONSTRAINT "best_practices_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_assignments" ADD CONSTRAINT "expert_assignments_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry_commitments" ADD CONSTRAINT "ministry_commitments_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_applications" ADD CONSTRAINT "practice_applications_best_practice_id_best_practices_id_fk" FOREIGN KEY ("best_practice_id") REFERENCES "public"."best_practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_regions" ADD CONSTRAINT "programme_regions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatories" ADD CONSTRAINT "signatories_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "best_practice_adoptions_practice_region_idx" ON "best_practice_adoptions" USING btree ("best_practice_id","region_code");--> statement-breakpoint
CREATE INDEX "best_practice_adoptions_region_code_idx" ON "best_practice_adoptions" USING btree ("region_code","adopted_on");--> statement-breakpoint
CREATE INDEX "best_practices_theme_idx" ON "best_practices" USING btree ("theme");--> statement-breakpoint
CREATE INDEX "best_practices_programme_id_idx" ON "best_practices" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "best_practices_published_on_idx" ON "best_practices" USING btree ("published_on");--> statement-breakpoint
CREATE INDEX "best_practices_title_fr_trgm_idx" ON "best_practices" USING gin ("title_fr" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "best_practices_title_ar_trgm_idx" ON "best_practices" USING gin ("title_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "expert_assignments_expert_id_idx" ON "expert_assignments" USING btree ("expert_id","starts_on");--> statement-breakpoint
CREATE INDEX "expert_assignments_region_code_idx" ON "expert_assignments" USING btree ("region_code","starts_on");--> statement-breakpoint
CREATE INDEX "expert_assignments_theme_idx" ON "expert_assignments" USING btree ("theme");--> statement-breakpoint
CREATE INDEX "experts_full_name_idx" ON "experts" USING btree ("full_name");--> statement-breakpoint
CREATE INDEX "experts_full_name_trgm_idx" ON "experts" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "experts_organisation_trgm_idx" ON "experts" USING gin ("organisation" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "experts_specialties_idx" ON "experts" USING gin ("specialties");--> statement-breakpoint
CREATE INDEX "experts_languages_idx" ON "experts" USING gin ("languages");--> statement-breakpoint
CREATE UNIQUE INDEX "ministry_commitments_partnership_position_idx" ON "ministry_commitments" USING btree ("partnership_id","position");--> statement-breakpoint
CREATE INDEX "ministry_commitments_status_idx" ON "ministry_commitments" USING btree ("status");--> statement-breakpoint
CREATE INDEX "partnerships_region_code_idx" ON "partnerships" USING btree ("region_code","signed_in");--> statement-breakpoint
CREATE INDEX "partnerships_title_fr_trgm_idx" ON "partnerships" USING gin ("title_fr" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partnerships_title_ar_trgm_idx" ON "partnerships" USING gin ("title_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "practice_applications_best_practice_id_idx" ON "practice_applications" USING btree ("best_practice_id");--> statement-breakpoint
CREATE INDEX "programme_regions_region_code_idx" ON "programme_regions" USING btree ("region_code","enrolled_on");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_code_idx" ON "programmes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "programmes_theme_idx" ON "programmes" USING btree ("theme");--> statement-breakpoint
CREATE INDEX "programmes_period_idx" ON "programmes" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "programmes_code_trgm_idx" ON "programmes" USING gin ("code" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "programmes_title_fr_trgm_idx" ON "programmes" USING gin ("title_fr" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "programmes_title_ar_trgm_idx" ON "programmes" USING gin ("title_ar" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "signatories_partnership_position_idx" ON "signatories" USING btree ("partnership_id","position");