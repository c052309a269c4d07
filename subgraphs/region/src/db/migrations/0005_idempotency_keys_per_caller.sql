-- An idempotency key belongs to its caller: the same text from two callers is two keys.
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_pkey";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_actor_key_pk" PRIMARY KEY("actor","key");
