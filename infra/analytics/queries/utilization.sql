-- R1 utilization (GET /api/reports/utilization): booked minutes (visits rollups) over available
-- minutes (each calendar's shifts less breaks and less the time blocks overlapping what is left).
-- Shift times are wall clock in the calendar's location zone (else the clinic's); '24:00' ends at
-- the next midnight. Cut intervals are clipped to their shift and merged before they are subtracted.
, clinic_zone AS (
  SELECT max(item.defaulttimezone.s) AS zone FROM current_items WHERE item."__edb_e__".s = 'clinic'
),
shifts AS (
  SELECT
    shift.item.shiftid.s AS shift_id,
    shift.item.calendarid.s AS calendar_id,
    shift.item."date".s AS day,
    shift.item.breaks.l AS breaks,
    coalesce(loc.item.timezone.s, z.zone) AS zone,
    shift.item."start".s AS start_time,
    shift.item."end".s AS end_time
  FROM current_items shift
  CROSS JOIN params
  CROSS JOIN clinic_zone z
  JOIN calendars cal ON cal.calendar_id = shift.item.calendarid.s
  LEFT JOIN current_items loc ON loc.item."__edb_e__".s = 'location' AND loc.item.locationid.s = cal.location_id
  WHERE shift.item."__edb_e__".s = 'shift' AND shift.item."date".s BETWEEN params.from_day AND params.to_day
),
shift_spans AS (
  SELECT
    shift_id, calendar_id, day, breaks, zone,
    to_unixtime(with_timezone(CAST(day || ' ' || start_time || ':00' AS timestamp), zone)) AS span_start,
    to_unixtime(with_timezone(
      CASE WHEN end_time = '24:00' THEN CAST(CAST(day AS date) + INTERVAL '1' DAY AS timestamp) ELSE CAST(day || ' ' || end_time || ':00' AS timestamp) END,
      zone)) AS span_end
  FROM shifts
),
-- Breaks by position (not UNNEST of the rows: Trino spreads a row's fields into columns, DuckDB does not).
break_times AS (
  SELECT s.shift_id, s.day, s.zone, s.breaks[b.break_no].m."start".s AS start_time, s.breaks[b.break_no].m."end".s AS end_time
  FROM shift_spans s
  CROSS JOIN UNNEST(sequence(1, greatest(coalesce(cardinality(s.breaks), 0), 1))) AS b(break_no)
  WHERE b.break_no <= coalesce(cardinality(s.breaks), 0)
),
raw_cuts AS (
  SELECT
    shift_id,
    to_unixtime(with_timezone(CAST(day || ' ' || start_time || ':00' AS timestamp), zone)) AS cut_start,
    to_unixtime(with_timezone(
      CASE WHEN end_time = '24:00' THEN CAST(CAST(day AS date) + INTERVAL '1' DAY AS timestamp) ELSE CAST(day || ' ' || end_time || ':00' AS timestamp) END,
      zone)) AS cut_end
  FROM break_times
  UNION ALL
  SELECT
    s.shift_id,
    to_unixtime(from_iso8601_timestamp(blk.item."start".s)) AS cut_start,
    to_unixtime(from_iso8601_timestamp(blk.item."end".s)) AS cut_end
  FROM shift_spans s
  JOIN current_items blk ON blk.item."__edb_e__".s = 'timeBlock' AND blk.item.calendarid.s = s.calendar_id
),
cuts AS (
  SELECT c.shift_id, greatest(c.cut_start, s.span_start) AS cut_start, least(c.cut_end, s.span_end) AS cut_end
  FROM raw_cuts c
  JOIN shift_spans s ON s.shift_id = c.shift_id
  WHERE c.cut_start < s.span_end AND c.cut_end > s.span_start
),
cut_islands AS (
  SELECT shift_id, cut_start, cut_end,
    sum(CASE WHEN reach IS NULL OR cut_start > reach THEN 1 ELSE 0 END) OVER (PARTITION BY shift_id ORDER BY cut_start, cut_end ROWS UNBOUNDED PRECEDING) AS island
  FROM (
    SELECT shift_id, cut_start, cut_end,
      max(cut_end) OVER (PARTITION BY shift_id ORDER BY cut_start, cut_end ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
    FROM cuts
  ) ordered
),
cut_seconds AS (
  SELECT shift_id, sum(island_end - island_start) AS seconds
  FROM (SELECT shift_id, island, min(cut_start) AS island_start, max(cut_end) AS island_end FROM cut_islands GROUP BY shift_id, island) islands
  GROUP BY shift_id
),
minutes AS (
  SELECT r.day, r.dims.calendarid.s AS calendar_id, r.booked_minutes, 0 AS available_minutes
  FROM rollups r CROSS JOIN params
  WHERE r.family = 'visits' AND r.day BETWEEN params.from_day AND params.to_day
  UNION ALL
  SELECT s.day, s.calendar_id, 0 AS booked_minutes,
    CAST(round((s.span_end - s.span_start - coalesce(c.seconds, 0)) / 60) AS bigint) AS available_minutes
  FROM shift_spans s
  LEFT JOIN cut_seconds c ON c.shift_id = s.shift_id
),
keyed AS (
  SELECT
    g.group_by,
    CASE g.group_by
      WHEN 'total' THEN 'total'
      WHEN 'day' THEN m.day
      WHEN 'week' THEN CAST(CAST(date_trunc('week', CAST(m.day AS date)) AS date) AS varchar)
      WHEN 'month' THEN substr(m.day, 1, 7)
      WHEN 'provider' THEN coalesce(c.member_id, '')
      WHEN 'calendar' THEN m.calendar_id
      WHEN 'location' THEN coalesce(c.location_id, '')
    END AS grp,
    m.booked_minutes, m.available_minutes
  FROM minutes m
  CROSS JOIN (VALUES ('total'), ('day'), ('week'), ('month'), ('provider'), ('calendar'), ('location')) AS g(group_by)
  LEFT JOIN calendars c ON c.calendar_id = m.calendar_id
),
sums AS (
  SELECT group_by, grp, sum(booked_minutes) AS booked_minutes, sum(available_minutes) AS available_minutes
  FROM keyed
  WHERE grp IS NOT NULL
  GROUP BY group_by, grp
)
SELECT
  group_by, grp, booked_minutes, available_minutes,
  CASE WHEN available_minutes = 0 THEN NULL ELSE round(CAST(booked_minutes AS double) / available_minutes * 10000) / 10000 END AS utilization
FROM sums
ORDER BY group_by, grp
