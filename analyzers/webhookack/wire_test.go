package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// Wired: a Stripe handler (package stripehook, on chi) that calls a
// use case through an interface field before it answers is reported
// where package server binds it to an implementation that calls a CRM
// over HTTP; the handler that answers first and activates in a goroutine
// stays silent.
var _ = cases.Add(webhookack.Analyzer, "Wired", "wirehooks/chiapp/acksrv")
