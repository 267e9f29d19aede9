package analyzers_test

import "testing"

// The audit23 wineclub corpus (testdata/src/audit23/wineclub/...) is the backend of a wine subscription club in the EU and UK: quarterly boxes billed by a scheduler (EU members on Mollie mandates through hand-written recurring REST calls, UK members on GoCardless Direct Debit through gocardless-pro-go), gift memberships paid once through the official Mollie SDK, a bottle shop paid by stripe-go Checkout Sessions or a hand-written Klarna-style pay-later client (sessions, order placement, fraud-status reads, captures), cellar storage fees charged off-session with stripe-go PaymentIntents, member credit for returned bottles, and GoCardless dunning with go-retry. Handlers are gin (shop, payment pages, Stripe, GoCardless and pay-later hooks), hertz (Mollie webhooks) and iris (gift pages); stores are bun (orders), gorm (members, gifts), database/sql with lib/pq SQL (invoices, fees, ledger, a hand-written postgres job queue claimed with SKIP LOCKED) and go-redis (webhook deliveries); shared helpers live in platform (a generic cenkalti/backoff v5 retry, a JSON sender with its own attempt loop, a poll helper, an accounting client, a mailer). Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit23wineclubPackages = []string{
	"audit23/wineclub/config",
	"audit23/wineclub/domain",
	"audit23/wineclub/platform",
	"audit23/wineclub/store",
	"audit23/wineclub/molliepay",
	"audit23/wineclub/dd",
	"audit23/wineclub/stripepay",
	"audit23/wineclub/paylater",
	"audit23/wineclub/billing",
	"audit23/wineclub/jobs",
	"audit23/wineclub/web",
	"audit23/wineclub/cmd/wineclubd",
}

// knownFalseAlarms23wineclub, per corpus package.
var knownFalseAlarms23wineclub = map[string][]falseAlarm{}

func TestAudit23wineclub(t *testing.T) {
	runAudit(t, audit23wineclubPackages, knownFalseAlarms23wineclub, "knownFalseAlarms23wineclub")
}
