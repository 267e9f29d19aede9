package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// BuilderInserts: a ledger or credit row added through bun's
// InsertQuery or ent's generated create builder repeats on every
// delivery; an insert made an upsert (bun On/Ignore, ent OnConflict) and
// a status set through bun's UpdateQuery do not.
var _ = cases.Add(webhookdedupe.Analyzer, "BuilderInserts", "model/r8/builderinserts")
