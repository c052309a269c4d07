-- An expert cannot deliver two sessions at once. The mutations check it first (for a clear
-- message); this constraint also holds under concurrent requests and for any other writer.
-- drizzle cannot express exclusion constraints, hence this hand-written migration.
-- btree_gist lets a GiST index compare the uuid with `=`; it is a trusted extension (the
-- database owner may create it, no superuser needed).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_trainer_no_overlap"
  EXCLUDE USING gist ("trainer_expert_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&)
  WHERE ("status" <> 'CANCELLED' AND "trainer_expert_id" IS NOT NULL);
