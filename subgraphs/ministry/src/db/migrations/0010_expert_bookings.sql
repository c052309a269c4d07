CREATE TABLE "expert_bookings" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"expert_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "expert_bookings" ADD CONSTRAINT "expert_bookings_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expert_bookings_expert_id_idx" ON "expert_bookings" USING btree ("expert_id","starts_on");