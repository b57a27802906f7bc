-- R3 revenue (GET /api/reports/revenue, an owner's view): charged, invoiced, written off, received
-- and refunded per grouping; a figure the grouping does not keep (payments by provider) is NULL.
-- By payer kind and in total also the open balance of invoices issued up to the last day and days in
-- A/R (open balance / average invoiced per day of the period). collected = received - refunded,
-- collection rate = collected / invoiced (the API's totals). Each charge is kept in four views
-- (charges: location, session; chargeProviders: provider; chargePayers: payer kind, referral source;
-- chargeCodes: code, source), each summing to the same totals: a grouping reads the one that keeps it.
, facts AS (
  SELECT
    r.family, r.day,
    r.dims.providermemberid.s AS provider, r.dims.locationid.s AS location, r.dims.sessionid.s AS session,
    r.dims.referralsource.s AS referral_source, r.dims.payerkind.s AS payer_kind, r.dims.code.s AS code,
    r.dims.source.s AS charge_source, r.dims.method.s AS method,
    CASE WHEN r.family IN ('charges', 'chargeProviders', 'chargePayers', 'chargeCodes') THEN r.charged_minor ELSE 0 END AS charged_minor,
    CASE WHEN r.family = 'invoices' THEN r.invoiced_minor ELSE 0 END AS invoiced_minor,
    CASE WHEN r.family = 'writeOffs' THEN r.written_off_minor ELSE 0 END AS written_off_minor,
    CASE WHEN r.family = 'payments' THEN r.received_minor ELSE 0 END AS received_minor,
    CASE WHEN r.family = 'refunds' THEN r.refunded_minor ELSE 0 END AS refunded_minor,
    CASE WHEN r.family = 'receivables' THEN r.outstanding_minor ELSE 0 END AS outstanding_minor
  FROM rollups r CROSS JOIN params
  WHERE (r.family IN ('charges', 'chargeProviders', 'chargePayers', 'chargeCodes', 'invoices', 'writeOffs', 'payments', 'refunds') AND r.day BETWEEN params.from_day AND params.to_day)
     OR (r.family = 'receivables' AND r.day BETWEEN '2000-01-01' AND params.to_day)
),
keyed AS (
  SELECT
    g.group_by,
    CASE
      WHEN f.family = 'receivables' THEN CASE g.group_by WHEN 'total' THEN 'total' WHEN 'payerKind' THEN f.payer_kind END
      WHEN g.group_by = 'total' THEN 'total'
      WHEN g.group_by = 'day' THEN f.day
      WHEN g.group_by = 'week' THEN CAST(CAST(date_trunc('week', CAST(f.day AS date)) AS date) AS varchar)
      WHEN g.group_by = 'month' THEN substr(f.day, 1, 7)
      WHEN g.group_by = 'provider' THEN f.provider
      WHEN g.group_by = 'location' THEN f.location
      WHEN g.group_by = 'session' THEN f.session
      WHEN g.group_by = 'referralSource' THEN f.referral_source
      WHEN g.group_by = 'payerKind' THEN f.payer_kind
      WHEN g.group_by = 'code' THEN f.code
      WHEN g.group_by = 'source' THEN f.charge_source
      WHEN g.group_by = 'method' THEN f.method
    END AS grp,
    f.charged_minor, f.invoiced_minor, f.written_off_minor, f.received_minor, f.refunded_minor, f.outstanding_minor
  FROM facts f
  CROSS JOIN (VALUES ('total'), ('day'), ('week'), ('month'), ('provider'), ('location'), ('session'), ('referralSource'), ('payerKind'), ('code'), ('source'), ('method')) AS g(group_by)
  WHERE f.family NOT IN ('charges', 'chargeProviders', 'chargePayers', 'chargeCodes')
     OR f.family = CASE
       WHEN g.group_by = 'provider' THEN 'chargeProviders'
       WHEN g.group_by IN ('referralSource', 'payerKind') THEN 'chargePayers'
       WHEN g.group_by IN ('code', 'source') THEN 'chargeCodes'
       ELSE 'charges' END
),
sums AS (
  SELECT group_by, grp,
    sum(charged_minor) AS charged_minor, sum(invoiced_minor) AS invoiced_minor, sum(written_off_minor) AS written_off_minor,
    sum(received_minor) AS received_minor, sum(refunded_minor) AS refunded_minor, sum(outstanding_minor) AS outstanding_minor
  FROM keyed
  WHERE grp IS NOT NULL
  GROUP BY group_by, grp
),
figures AS (
  SELECT
    s.group_by, s.grp,
    CASE WHEN s.group_by = 'method' THEN NULL ELSE s.charged_minor END AS charged_minor,
    CASE WHEN s.group_by IN ('provider', 'location', 'session', 'referralSource', 'code', 'source', 'method') THEN NULL ELSE s.invoiced_minor END AS invoiced_minor,
    CASE WHEN s.group_by IN ('provider', 'location', 'session', 'referralSource', 'code', 'source', 'method') THEN NULL ELSE s.written_off_minor END AS written_off_minor,
    CASE WHEN s.group_by IN ('provider', 'location', 'session', 'referralSource', 'payerKind', 'code', 'source') THEN NULL ELSE s.received_minor END AS received_minor,
    CASE WHEN s.group_by IN ('provider', 'location', 'session', 'referralSource', 'payerKind', 'code', 'source') THEN NULL ELSE s.refunded_minor END AS refunded_minor,
    CASE WHEN s.group_by IN ('total', 'payerKind') THEN s.outstanding_minor END AS outstanding_minor,
    date_diff('day', CAST(params.from_day AS date), CAST(params.to_day AS date)) + 1 AS period_days
  FROM sums s CROSS JOIN params
)
SELECT
  group_by, grp, charged_minor, invoiced_minor, written_off_minor, received_minor, refunded_minor, outstanding_minor,
  CASE WHEN outstanding_minor IS NULL OR coalesce(invoiced_minor, 0) = 0 THEN NULL
    ELSE round(CAST(outstanding_minor AS double) / (CAST(invoiced_minor AS double) / period_days) * 10) / 10 END AS days_in_ar,
  received_minor - refunded_minor AS collected_minor,
  CASE WHEN coalesce(invoiced_minor, 0) = 0 THEN NULL
    ELSE round(CAST(received_minor - refunded_minor AS double) / invoiced_minor * 10000) / 10000 END AS collection_rate
FROM figures
ORDER BY group_by, grp
