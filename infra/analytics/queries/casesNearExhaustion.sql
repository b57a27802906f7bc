-- R4 cases near exhaustion (GET /api/reports/cases, its `nearExhaustion` list): cases with an
-- authorization near exhaustion (the clinic's remaining-visits alert fired, or no visit left) valid
-- on or after the first day, one line per case and payer kind (its authorizations summed), fewest
-- remaining visits first, at most 100. The label is the case's current line, as in cases.sql.
, case_labels AS (
  SELECT case_id, case_label
  FROM (
    SELECT
      r.dims.caseid.s AS case_id, coalesce(r.dims.caselabel.s, '') AS case_label,
      row_number() OVER (PARTITION BY r.dims.caseid.s ORDER BY r.day DESC, r.group_key DESC) AS latest
    FROM rollups r CROSS JOIN params
    WHERE r.family = 'cases' AND r.cases > 0 AND r.day BETWEEN '2000-01-01' AND params.to_day
  ) lines
  WHERE latest = 1
),
near AS (
  SELECT
    coalesce(r.dims.caseid.s, '') AS case_id, coalesce(r.dims.payerkind.s, '') AS payer_kind,
    sum(r.authorized_visits) AS authorized_visits, sum(r.used_visits) AS used_visits
  FROM rollups r
  CROSS JOIN params p
  WHERE r.family = 'authorizations' AND r.authorizations > 0 AND r.near_exhaustion > 0 AND r.day BETWEEN p.from_day AND '2999-12-31'
  GROUP BY coalesce(r.dims.caseid.s, ''), coalesce(r.dims.payerkind.s, '')
)
SELECT
  n.case_id, coalesce(l.case_label, '') AS case_label, n.payer_kind,
  n.authorized_visits, n.used_visits, n.authorized_visits - n.used_visits AS remaining_visits
FROM near n
LEFT JOIN case_labels l ON l.case_id = n.case_id
ORDER BY remaining_visits, case_label, n.case_id, n.payer_kind
LIMIT 100
