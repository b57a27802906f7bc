-- R4 cases (GET /api/reports/cases): open cases, intakes in the period converted to a first
-- attended visit, discharges in the period with their average attended visits, and authorized vs
-- used visits of authorizations valid on or after the first day. Case figures are NULL by payer
-- kind (a case has no single payer kind). A case's current line is its bucket whose count is > 0.
, case_lines AS (
  SELECT case_id, case_type, status, referral_kind, intake_day, closed_on
  FROM (
    SELECT
      r.dims.caseid.s AS case_id, coalesce(r.dims.casetype.s, '') AS case_type, coalesce(r.dims.status.s, '') AS status,
      coalesce(r.dims.referralkind.s, '') AS referral_kind, r.day AS intake_day, coalesce(r.dims.closedon.s, '') AS closed_on,
      row_number() OVER (PARTITION BY r.dims.caseid.s ORDER BY r.day DESC, r.group_key DESC) AS latest
    FROM rollups r CROSS JOIN params
    WHERE r.family = 'cases' AND r.cases > 0 AND r.day BETWEEN '2000-01-01' AND params.to_day
  ) lines
  WHERE latest = 1
),
attended_visits AS (
  SELECT r.dims.caseid.s AS case_id, sum(r.attended) AS attended
  FROM rollups r
  WHERE r.family = 'caseVisits' AND r.day = '0001-01-01'
  GROUP BY r.dims.caseid.s
),
facts AS (
  SELECT
    l.case_type, l.referral_kind, CAST(NULL AS varchar) AS payer_kind,
    CASE WHEN l.status = 'open' THEN 1 ELSE 0 END AS open_case,
    CASE WHEN l.intake_day BETWEEN p.from_day AND p.to_day THEN 1 ELSE 0 END AS intake,
    CASE WHEN l.intake_day BETWEEN p.from_day AND p.to_day AND coalesce(v.attended, 0) > 0 THEN 1 ELSE 0 END AS converted,
    CASE WHEN l.status = 'discharged' AND l.closed_on BETWEEN p.from_day AND p.to_day THEN 1 ELSE 0 END AS discharged,
    CASE WHEN l.status = 'discharged' AND l.closed_on BETWEEN p.from_day AND p.to_day THEN coalesce(v.attended, 0) ELSE 0 END AS discharged_visits,
    0 AS authorizations, 0 AS authorized_visits, 0 AS used_visits, 0 AS near_exhaustion
  FROM case_lines l
  CROSS JOIN params p
  LEFT JOIN attended_visits v ON v.case_id = l.case_id
  UNION ALL
  SELECT
    coalesce(l.case_type, ''), coalesce(l.referral_kind, ''), coalesce(r.dims.payerkind.s, ''),
    0, 0, 0, 0, 0,
    r.authorizations, r.authorized_visits, r.used_visits, CASE WHEN r.near_exhaustion > 0 THEN 1 ELSE 0 END
  FROM rollups r
  CROSS JOIN params p
  LEFT JOIN case_lines l ON l.case_id = r.dims.caseid.s
  WHERE r.family = 'authorizations' AND r.authorizations > 0 AND r.day BETWEEN p.from_day AND '2999-12-31'
),
keyed AS (
  SELECT
    g.group_by,
    CASE g.group_by WHEN 'total' THEN 'total' WHEN 'caseType' THEN f.case_type WHEN 'referralSource' THEN f.referral_kind WHEN 'payerKind' THEN f.payer_kind END AS grp,
    f.*
  FROM facts f
  CROSS JOIN (VALUES ('total'), ('caseType'), ('referralSource'), ('payerKind')) AS g(group_by)
),
sums AS (
  SELECT group_by, grp,
    sum(open_case) AS open_cases, sum(intake) AS intakes, sum(converted) AS converted, sum(discharged) AS discharged,
    sum(discharged_visits) AS discharged_visits, sum(authorizations) AS authorizations, sum(authorized_visits) AS authorized_visits,
    sum(used_visits) AS used_visits, sum(near_exhaustion) AS near_exhaustion
  FROM keyed
  WHERE grp IS NOT NULL
  GROUP BY group_by, grp
)
SELECT
  group_by, grp,
  CASE WHEN group_by = 'payerKind' THEN NULL ELSE open_cases END AS open_cases,
  CASE WHEN group_by = 'payerKind' THEN NULL ELSE intakes END AS intakes,
  CASE WHEN group_by = 'payerKind' THEN NULL ELSE converted END AS converted,
  CASE WHEN group_by = 'payerKind' OR intakes = 0 THEN NULL ELSE round(CAST(converted AS double) / intakes * 10000) / 10000 END AS conversion_rate,
  CASE WHEN group_by = 'payerKind' THEN NULL ELSE discharged END AS discharged,
  CASE WHEN group_by = 'payerKind' OR discharged = 0 THEN NULL ELSE round(CAST(discharged_visits AS double) / discharged * 10) / 10 END AS average_visits_per_discharged,
  authorizations, authorized_visits, used_visits,
  CASE WHEN authorized_visits = 0 THEN NULL ELSE round(CAST(used_visits AS double) / authorized_visits * 10000) / 10000 END AS authorization_use,
  near_exhaustion
FROM sums
ORDER BY group_by, grp
