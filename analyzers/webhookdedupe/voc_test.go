package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// Vocabulary: a game currency or a balance hash added to, event
// tickets issued, a payment row booked on every delivery; counters,
// earned experience, helpdesk tickets, logs and keyed inserts stay silent.
var _ = cases.Add(webhookdedupe.Analyzer, "Vocabulary", "webhookdedupe/voc")
