package analyzers_test

import "testing"

// audit8clinicsPackages is the round-8 blind audit corpus for a chain of
// dental/medical clinics (Square copays, Braintree deposits, a BNPL
// provider for treatment plans, insurance payments by bank webhook,
// patient wallet credits), split into a client, services, handlers and a
// wiring package as a small shop writes them.
var audit8clinicsPackages = []string{
	"audit8/clinics/bnpl",
	"audit8/clinics/instalments",
	"audit8/clinics/copay",
	"audit8/clinics/deposits",
	"audit8/clinics/insurancebank",
	"audit8/clinics/claims",
	"audit8/clinics/wallet",
	"audit8/clinics/reminders",
	"audit8/clinics/server",
}

// knownFalseAlarms8clinics, per corpus package: what paylint reports on
// the corpus that is not a mistake.
var knownFalseAlarms8clinics = map[string][]falseAlarm{}

func TestAudit8clinics(t *testing.T) {
	runAudit(t, audit8clinicsPackages, knownFalseAlarms8clinics, "knownFalseAlarms8clinics")
}
