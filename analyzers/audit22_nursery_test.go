package analyzers_test

import "testing"

// The audit22 nursery corpus (testdata/src/audit22/nursery/...) is the billing backend of a chain of childcare nurseries in the UK and Ireland: monthly fees collected by Direct Debit through gocardless-pro-go (a robfig/cron pass over pending invoices, refunds for leavers, a collection wait with retry-go), a registration deposit through Stripe Checkout, saved cards through SetupIntents and extras (late pick-up, trips, sundries) charged off-session with stripe-go v82, euro invoices swept over VRP mandates through a hand-written client of a TrueLayer-like open-banking API (payments created with retry-go, polled until executed, the parent's return redirect), and front-desk payments on the Square Terminal (square-go-sdk terminal checkouts created and polled, card-on-file charges); pages on chi and gorilla/mux, webhooks for Stripe, GoCardless, Square and the bank API in a hooks package mounted from main (an HMAC middleware in platform), stores over sqlx, pgx and go-redis, RabbitMQ (amqp091-go) consumers for extras, leavers and receipts, and a platform package with a generic retry helper and wait. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit22nurseryPackages = []string{
	"audit22/nursery/config",
	"audit22/nursery/domain",
	"audit22/nursery/platform",
	"audit22/nursery/store",
	"audit22/nursery/billing",
	"audit22/nursery/cards",
	"audit22/nursery/openbank",
	"audit22/nursery/frontdesk",
	"audit22/nursery/hooks",
	"audit22/nursery/web",
	"audit22/nursery/jobs",
	"audit22/nursery/cmd/nurseryd",
}

// knownFalseAlarms22nursery, per corpus package.
var knownFalseAlarms22nursery = map[string][]falseAlarm{}

func TestAudit22nursery(t *testing.T) {
	runAudit(t, audit22nurseryPackages, knownFalseAlarms22nursery, "knownFalseAlarms22nursery")
}
