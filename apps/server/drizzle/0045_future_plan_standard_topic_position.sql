CREATE TABLE "future_plan_standard_topic_position" (
	"tenant_id" text NOT NULL,
	"topic_key" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "future_plan_standard_topic_position_tenant_id_topic_key_pk" PRIMARY KEY("tenant_id","topic_key")
);
