-- An expert never has two overlapping missions in the same region. assignExpert and
-- endExpertAssignment check it first (for a message naming the clashing mission); this
-- constraint also holds for any other writer. drizzle cannot express exclusion constraints,
-- hence this hand-written migration. btree_gist lets a GiST index compare uuid and text with
-- `=`; it is a trusted extension (the database owner may create it, no superuser needed).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "expert_assignments" ADD CONSTRAINT "expert_assignments_no_overlap"
  EXCLUDE USING gist ("expert_id" WITH =, "region_code" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&);
