package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// CasFlag: a store settles a top-up in a transaction callback and answers
// through a local flag set only past the compare-and-set's rows-affected
// check (GORM RowsAffected == 0, database/sql RowsAffected() != 1 in the
// store's own transaction helper): the SMS sent when the flag is true
// stays silent. A settlement whose answer the handler ignores is reported
// at the SMS.
var _ = cases.Add(webhookdedupe.Analyzer, "CasFlag", "casflagdedupe/...")
