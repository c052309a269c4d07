-- An expert delivers one session at a time, whichever region (and whichever region database)
-- schedules it: the calendar is the ministry's, so the overlap is refused here. drizzle cannot
-- express exclusion constraints, hence this hand-written migration (btree_gist: 0004).
ALTER TABLE "expert_bookings" ADD CONSTRAINT "expert_bookings_no_overlap"
  EXCLUDE USING gist ("expert_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&);
--> statement-breakpoint
ALTER TABLE "expert_bookings" ADD CONSTRAINT "expert_bookings_dates_in_order" CHECK ("starts_on" <= "ends_on");
