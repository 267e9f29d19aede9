package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// WHBIncrements: a gin webhook adding what was bought through a concrete
// store of another package, in the statement itself: GORM Updates of
// classes_left + ?, sqlx UPDATE rides_remaining = rides_remaining + $1,
// database/sql paid_until + interval '1 month': reported. The same
// increment after an event-id claim (ON CONFLICT DO NOTHING, rows
// affected) or a stored paid state, a counter (attempts_left), a unit
// taken away, a date set, and a tally (sessions + 1) silent.
var _ = cases.Add(webhookdedupe.Analyzer, "WHBIncrements", "whbincr/...")
