-- Hand-written: the JSON of a place's own fields of a search hit is written with the row, in two
-- stored generated columns (src/placements/hit-json.ts), so a search no longer escapes them per hit.
-- A generated column may only call immutable functions: to_json of text and to_char of a moment in
-- UTC with this fixed pattern (no locale-dependent field) give the same text on every server and
-- session, so these two wrappers say so.
CREATE FUNCTION placement_json_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN to_json(value)::text;
--> statement-breakpoint
-- Date#toISOString's form as a JSON string (milliseconds cut off as a JavaScript Date cuts them).
CREATE FUNCTION placement_json_moment(value timestamptz) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN '"' || to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"';
--> statement-breakpoint
DROP INDEX "placement_place_search_idx";--> statement-breakpoint
ALTER TABLE "placement_place" ADD COLUMN "hit_head" text GENERATED ALWAYS AS ('{"id":' || placement_json_text(id) || ',"organisationId":' || placement_json_text(organisation_id)) STORED;--> statement-breakpoint
ALTER TABLE "placement_place" ADD COLUMN "hit_body" text GENERATED ALWAYS AS (',"placeType":' || placement_json_text(place_type) || ',"minAge":' || min_age::text || ',"maxAge":' || max_age::text || ',"postcode":' || placement_json_text(postcode) || ',"region":' || placement_json_text(region) || ',"free":' || (places_total - places_reserved - places_occupied)::text || ',"notes":' || placement_json_text(notes) || ',"lastConfirmedAt":' || placement_json_moment(confirmed_at)) STORED;--> statement-breakpoint
CREATE INDEX "placement_place_search_idx" ON "placement_place" USING btree ("tenant_id","type_rank","postcode","id") WHERE "placement_place"."withdrawn_at" is null and "placement_place"."places_total" - "placement_place"."places_reserved" - "placement_place"."places_occupied" > 0;