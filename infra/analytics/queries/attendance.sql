-- R2 attendance (GET /api/reports/attendance): visits, attended, no-shows, cancellations and their
-- rates per grouping. One row per (group_by, group); group_by is each grouping the API offers.
-- Rates are shares rounded to 4 decimals, NULL when there were no visits. Visits are kept twice,
-- by calendar and session (visits) and by calendar and hour (visitHours): each grouping reads one.
, visit_buckets AS (
  SELECT r.*, r.dims.calendarid.s AS calendar_id, r.dims.sessionid.s AS session_id, r.dims.hour.s AS hour_of_day
  FROM rollups r CROSS JOIN params
  WHERE r.family IN ('visits', 'visitHours') AND r.day BETWEEN params.from_day AND params.to_day
),
keyed AS (
  SELECT
    g.group_by,
    CASE g.group_by
      WHEN 'total' THEN 'total'
      WHEN 'day' THEN v.day
      WHEN 'week' THEN CAST(CAST(date_trunc('week', CAST(v.day AS date)) AS date) AS varchar)
      WHEN 'month' THEN substr(v.day, 1, 7)
      WHEN 'weekday' THEN CAST(day_of_week(CAST(v.day AS date)) AS varchar)
      WHEN 'hour' THEN v.hour_of_day
      WHEN 'provider' THEN coalesce(c.member_id, '')
      WHEN 'calendar' THEN v.calendar_id
      WHEN 'location' THEN coalesce(c.location_id, '')
      WHEN 'session' THEN v.session_id
    END AS grp,
    v.visits, v.arrived, v.paid, v.no_show, v.canceled, v.late_canceled
  FROM visit_buckets v
  CROSS JOIN (VALUES ('total'), ('day'), ('week'), ('month'), ('weekday'), ('hour'), ('provider'), ('calendar'), ('location'), ('session')) AS g(group_by)
  LEFT JOIN calendars c ON c.calendar_id = v.calendar_id
  WHERE (g.group_by = 'hour') = (v.family = 'visitHours')
),
sums AS (
  SELECT group_by, grp, sum(visits) AS visits, sum(arrived + paid) AS attended, sum(no_show) AS no_shows,
    sum(canceled) AS cancellations, sum(late_canceled) AS late_cancellations
  FROM keyed
  WHERE grp IS NOT NULL
  GROUP BY group_by, grp
)
SELECT
  group_by, grp, visits, attended, no_shows, cancellations, late_cancellations,
  CASE WHEN visits = 0 THEN NULL ELSE round(CAST(no_shows AS double) / visits * 10000) / 10000 END AS no_show_rate,
  CASE WHEN visits = 0 THEN NULL ELSE round(CAST(cancellations AS double) / visits * 10000) / 10000 END AS cancellation_rate,
  CASE WHEN visits = 0 THEN NULL ELSE round(CAST(late_cancellations AS double) / visits * 10000) / 10000 END AS late_cancellation_rate
FROM sums
ORDER BY group_by, grp
