-- Shared head of every Casefile report query (prepended by infra/analytics/analyticsQueries.ts).
-- Parameters, in order: clinic id, first local day, last local day ('YYYY-MM-DD', both included).
-- casefile_items holds the first full export ({"Item": ...} lines) and every incremental export
-- ({"Metadata", "Keys", "NewImage"} lines): an item's current state is its latest image; an
-- incremental line without NewImage is a delete. Manifest lines have neither and drop out.
WITH params AS (
  SELECT CAST(? AS varchar) AS clinic_id, CAST(? AS varchar) AS from_day, CAST(? AS varchar) AS to_day
),
export_lines AS (
  SELECT
    coalesce(item, newimage) AS image,
    coalesce(item.pk.s, "keys".pk.s) AS item_pk,
    coalesce(item.sk.s, "keys".sk.s) AS item_sk,
    coalesce(CAST("metadata".writetimemicros.n AS bigint), 0) AS written_micros
  FROM casefile_items
),
current_items AS (
  SELECT ranked.image AS item
  FROM (
    SELECT image, row_number() OVER (PARTITION BY item_pk, item_sk ORDER BY written_micros DESC) AS latest
    FROM export_lines
    WHERE item_pk IS NOT NULL
  ) ranked
  CROSS JOIN params
  WHERE ranked.latest = 1 AND ranked.image IS NOT NULL AND ranked.image.clinicid.s = params.clinic_id
),
-- Rollup buckets (packages/db/src/entities/rollup.ts): the same counters the API's reports sum.
rollups AS (
  SELECT
    item.family.s AS family,
    item.day.s AS day,
    item.groupkey.s AS group_key,
    item.dims.m AS dims,
    coalesce(CAST(item.visits.n AS bigint), 0) AS visits,
    coalesce(CAST(item.arrived.n AS bigint), 0) AS arrived,
    coalesce(CAST(item.paid.n AS bigint), 0) AS paid,
    coalesce(CAST(item.noshow.n AS bigint), 0) AS no_show,
    coalesce(CAST(item.canceled.n AS bigint), 0) AS canceled,
    coalesce(CAST(item.latecanceled.n AS bigint), 0) AS late_canceled,
    coalesce(CAST(item.bookedminutes.n AS bigint), 0) AS booked_minutes,
    coalesce(CAST(item.chargedminor.n AS bigint), 0) AS charged_minor,
    coalesce(CAST(item.invoicedminor.n AS bigint), 0) AS invoiced_minor,
    coalesce(CAST(item.outstandingminor.n AS bigint), 0) AS outstanding_minor,
    coalesce(CAST(item.writtenoffminor.n AS bigint), 0) AS written_off_minor,
    coalesce(CAST(item.receivedminor.n AS bigint), 0) AS received_minor,
    coalesce(CAST(item.refundedminor.n AS bigint), 0) AS refunded_minor,
    coalesce(CAST(item.cases.n AS bigint), 0) AS cases,
    coalesce(CAST(item.attended.n AS bigint), 0) AS attended,
    coalesce(CAST(item.authorizations.n AS bigint), 0) AS authorizations,
    coalesce(CAST(item.authorizedvisits.n AS bigint), 0) AS authorized_visits,
    coalesce(CAST(item.usedvisits.n AS bigint), 0) AS used_visits,
    coalesce(CAST(item.nearexhaustion.n AS bigint), 0) AS near_exhaustion
  FROM current_items
  WHERE item."__edb_e__".s = 'rollup'
),
-- Every calendar of the clinic: who and where a visits bucket counts for (the API's calendar directory).
calendars AS (
  SELECT item.calendarid.s AS calendar_id, coalesce(item.memberid.s, '') AS member_id, item.locationid.s AS location_id
  FROM current_items
  WHERE item."__edb_e__".s = 'calendar'
)
