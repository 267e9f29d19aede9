package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// PeriodExtend: GoCardless and Stripe events pushing the end of a paid
// period forward from its old value in MySQL, in the statement itself,
// through a store of another package: GORM Updates of valid_until =
// DATE_ADD(valid_until, INTERVAL 1 YEAR), database/sql expires_at =
// DATE_ADD(GREATEST(expires_at, NOW()), INTERVAL 1 MONTH),
// current_period_end = TIMESTAMPADD(DAY, ?, current_period_end):
// reported. The same extension after the event id is recorded under a
// unique key (INSERT IGNORE and rows affected), an end set to the
// invoice period's end or to a year from today, and a login session's
// expiry slid forward silent.
var _ = cases.Add(webhookdedupe.Analyzer, "PeriodExtend", "periodextend/...")
