package analyzers_test

import "testing"

// The audit23 solarpayg corpus (testdata/src/audit23/solarpayg/...) is the backend of a pay-as-you-go solar home system business in Kenya, Nigeria and Uganda: customers pay a deposit and then small installments by mobile money, each settled payment issues a keypad unlock token for the device, agents earn commissions paid out weekly, and overdue customers get SMS reminders. It has hand-written clients for Safaricom Daraja (STK push and query, C2B confirmation and validation callbacks, B2C payouts with result callbacks), MTN MoMo collections (requesttopay with X-Reference-Id, status GET), Flutterwave v3 over REST (mobile money charges through a shared platform.Send, transaction verify, transfers, verif-hash webhooks with a gin middleware and a legacy check) and Paystack over REST (initialize with cenkalti/backoff v4, verify, transfers, x-paystack-signature webhooks); handlers on fiber (Daraja callbacks behind a callback-token middleware, the Kenyan deposit return page), gorilla/mux (Paystack webhook and return pages) and gin (Flutterwave webhooks and return pages, the staff back office); stores over sqlx (ledger with compare-and-set settlement and ON CONFLICT receipts), mongo (devices and tokens) and go-redis (SETNX delivery markers); billing services with a generic poll helper (platform.PollUntil), an in-house retry helper (platform.Attempts) and sethvargo/go-retry; robfig/cron payout and reminder jobs wired from a table of per-country passes in main, and RabbitMQ amqp091 consumers for Ugandan payouts, STK reconciliation and Flutterwave charge confirmation. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit23solarpaygPackages = []string{
	"audit23/solarpayg/config",
	"audit23/solarpayg/domain",
	"audit23/solarpayg/platform",
	"audit23/solarpayg/store",
	"audit23/solarpayg/daraja",
	"audit23/solarpayg/momo",
	"audit23/solarpayg/flutterwave",
	"audit23/solarpayg/paystack",
	"audit23/solarpayg/billing",
	"audit23/solarpayg/jobs",
	"audit23/solarpayg/httpapi",
	"audit23/solarpayg/cmd/solarpaygd",
}

// knownFalseAlarms23solarpayg, per corpus package.
var knownFalseAlarms23solarpayg = map[string][]falseAlarm{}

func TestAudit23solarpayg(t *testing.T) {
	runAudit(t, audit23solarpaygPackages, knownFalseAlarms23solarpayg, "knownFalseAlarms23solarpayg")
}
