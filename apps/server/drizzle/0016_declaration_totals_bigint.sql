ALTER TABLE "declaration" ALTER COLUMN "submitted_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "declaration" ALTER COLUMN "approved_cents" SET DATA TYPE bigint;