package analyzers_test

import (
	"testing"
)

// The saas audit corpus (testdata/src/audit3/saas/...) is a B2B
// subscription billing backend (plans, seats, usage, dunning, proration;
// Stripe, Paddle- and Chargebee-style REST, GoCardless) written blind, from
// the README, the rule docs, the issues and the provider guides only. As in
// audit_test.go: `// want` marks a true mistake paylint reports, `// audit:
// missed <rule>: ...` a true mistake it misses, and knownFalseAlarms3saas
// what it reports wrongly.
var audit3saasPackages = []string{
	"audit3/saas/billingworker",
	"audit3/saas/cbhooks",
	"audit3/saas/chargebee",
	"audit3/saas/checkout",
	"audit3/saas/directdebit",
	"audit3/saas/dunning",
	"audit3/saas/exports",
	"audit3/saas/grpcbilling",
	"audit3/saas/integrations",
	"audit3/saas/invoicepoll",
	"audit3/saas/paddlehooks",
	"audit3/saas/proration",
	"audit3/saas/sca",
	"audit3/saas/stripehooks",
	"audit3/saas/usage",
}

// knownFalseAlarms3saas, per corpus package: the blind run's false alarms,
// tolerated so the audit stays green while the list says what to fix.
var knownFalseAlarms3saas = map[string][]falseAlarm{}

// TestAudit3saas runs every analyzer over the saas corpus in one load.
func TestAudit3saas(t *testing.T) {
	runAudit(t, audit3saasPackages, knownFalseAlarms3saas, "knownFalseAlarms3saas")
}
