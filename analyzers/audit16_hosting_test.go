package analyzers_test

import "testing"

// The audit16 hosting corpus (testdata/src/audit16/hosting/...) is a VPS
// and game-server hosting provider's billing backend: monthly plans and
// metered overage through stripe-go (invoices, off-session PaymentIntents
// charged by an hourly worker over unbilled usage rows, dunning, refunds
// of unused credit), PayPal wallet payments through braintree-go, prepaid
// credit top-ups paid with Lightning invoices (lnd REST add, gRPC
// LookupInvoice watch) or USDC transfers watched with go-ethereum,
// reseller commission payouts over a hand-written REST client, webhooks
// for Stripe (gorilla/mux, verifying middleware on a subrouter), Braintree
// (go-zero) and a Svix-signed reseller feed (iris); GORM, bun and
// database/sql stores, Redis claims, robfig/cron jobs, go-retryablehttp
// for the datacenter API and an in-house generic retry helper (retryx),
// wired in cmd/hostd. Written blind, in the conventions of audit_test.go:
// `// want` on true mistakes paylint reports, `// audit: missed <rule>: ...`
// on true mistakes it misses, knownFalseAlarms16hosting for what it
// reports wrongly.
//
// Blind figure, measured at 9ddc24a (corpus committed blind at f81bd13):
// TP 17, FP 2, FN 1. The key had 18 mistakes; 17 were reported, and
// nothing outside the key was reported except the two false alarms.
//
// Per rule (TP/FP/FN): idempotency 2/0/0, pollcreate 1/0/0, pollinterval
// 1/0/0, pollbound 2/0/0, redirectfulfill 2/0/0, webhookverify 1/2/1,
// retrystatus 2/0/0, retrybackoff 2/0/0, webhookdedupe 2/0/0,
// webhookack 2/0/0.
//
// Misses:
//   - webhookverify cmd/hostd/main.go:75: webhooks.StripeHooks.OverageIntent
//     (decodes a stripe.Event from the body itself, marks overage usage paid
//     through store.Billing.MarkUsagePaid) mounted with r.HandleFunc on the
//     root gorilla/mux router, while the sibling /hooks/stripe/billing is on
//     a PathPrefix Subrouter with Use(webhooks.StripeSignature(...)); no
//     middleware on the overage route, nothing reported at the mount.
//     Fixed by e20 (handler/nestedarg.go): the router was counted as
//     covered because log.Fatal(http.ListenAndServe(…, r)) mentions it;
//     log.Fatal is handed the server's error, not the router.
//
// False alarms:
//   - webhookverify webhooks/stripe.go:88 and :121: StripeHooks.Billing takes
//     its event from the request context (eventFrom), put there only by the
//     same package's StripeSignature middleware after webhook.ConstructEvent
//     succeeded (400 + return otherwise); main mounts Billing on a gorilla
//     Subrouter whose Use(webhooks.StripeSignature(secret)) verifies every
//     request. The handler is reported in its own package as unverified
//     instead of being judged at its (covered) mount.
//     Fixed by e20 (handler/ctxevent.go): a handler reading a context
//     key only verified paths of its package write is judged at its mounts.

var audit16hostingPackages = []string{
	"audit16/hosting/store",
	"audit16/hosting/retryx",
	"audit16/hosting/billing",
	"audit16/hosting/paypalbt",
	"audit16/hosting/credit",
	"audit16/hosting/provision",
	"audit16/hosting/webhooks",
	"audit16/hosting/web",
	"audit16/hosting/jobs",
	"audit16/hosting/cmd/hostd",
}

// knownFalseAlarms16hosting, per corpus package.
var knownFalseAlarms16hosting = map[string][]falseAlarm{}

func TestAudit16hosting(t *testing.T) {
	runAudit(t, audit16hostingPackages, knownFalseAlarms16hosting, "knownFalseAlarms16hosting")
}
