package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// Wired: a Stripe handler (package stripehook, on chi) that calls a
// use case through an interface field with the event's values and no
// duplicate guard is reported where package server binds it to an
// implementation that inserts a ledger row and credits a balance; the
// handler that claims the event id in redis first (SetNX) stays silent.
var _ = cases.Add(webhookdedupe.Analyzer, "Wired", "wirehooks/chiapp/server")
