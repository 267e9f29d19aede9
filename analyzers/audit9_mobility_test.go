package analyzers_test

import "testing"

// The audit9 mobility corpus (testdata/src/audit9/mobility/...) is a
// micromobility and parking backend written blind, in the conventions of
// audit_test.go: e-scooter rides with a card hold at unlock captured or
// released at ride end (Adyen, stripe-go manual capture), parking paid
// through Mercado Pago and Square, a nightly fines batch on saved cards,
// wallet top-ups with bonus credit (Stripe and a hand-written Flowpay
// client), 3-D Secure return pages, provider webhooks and fleet look-alikes
// (IoT lock commands, telemetry pings, battery swaps, map tiles, geofences).
// `// want` marks true mistakes paylint reports, `// audit: missed <rule>:`
// true mistakes it misses, knownFalseAlarms9mobility what it reports wrongly.
//
// Blind figure, measured at 887f4eb (the corpus commit): TP 21, FP 1, FN 3
// (22 planted mistakes: 19 found; 2 further true findings outside the key,
// tolls batch.go:54 and :56, the nightly cron re-running a keyless stripe
// create on a fine row left pending; :56 only on the path where the
// SetIntent write after a successful charge fails).
// Since eb8daff every miss listed below is reported (its marker became a
// `// want` line, at the call or, for wiring judged in main, at the
// binding); the blind figure above stays as measured.
// after 29d6aca: a further true finding outside the key, redirectfulfill
// parking http.go:60 (the Mercado Pago back_url /mp/return marks the
// session paid when the query's status says approved), reported.
//
// Misses:
//   - idempotency 1: wallet flowpay.go:55, POST /v1/charges through a resty
//     client built with SetRetryCount(2) in the constructor (a struct field),
//     no Idempotency-Key.
//   - webhookverify 1: webhooks adyen.go:61, hmacvalidator.ValidateHmac run
//     only when !h.sandbox (a struct field set from env in main), inside a
//     loop over notification items; effect domain.RideStore.MarkAuthorized.
//   - retrybackoff 1: rides service.go:124, for {} with no wait and no cap
//     around StripeHolds.CaptureRide (an interface implemented by
//     stripepsp.Gateway, wired in main).
// False alarms:
//   - webhookdedupe 1: webhooks mercadopago.go:78, a receipt mail behind a
//     stored-state guard combined with the fetched status
//     (if sess.Status == paid || p.Status != "approved" { return }); fixed
//     since (the webhookack report on that line stays).

var audit9mobilityPackages = []string{
	"audit9/mobility/domain",
	"audit9/mobility/store",
	"audit9/mobility/retryx",
	"audit9/mobility/adyenpsp",
	"audit9/mobility/stripepsp",
	"audit9/mobility/parking",
	"audit9/mobility/rides",
	"audit9/mobility/tolls",
	"audit9/mobility/wallet",
	"audit9/mobility/webhooks",
	"audit9/mobility/fleet",
	"audit9/mobility/cmd/mobilityd",
}

// knownFalseAlarms9mobility, per corpus package.
var knownFalseAlarms9mobility = map[string][]falseAlarm{
	// webhooks mercadopago.go:78 [webhookdedupe] is no longer reported: the
	// session looked up by the fetched payment's reference is stored state,
	// so its status test is a guard, OR'ed with the fetched status or not
	// (handler/guardlookup.go).
}

func TestAudit9mobility(t *testing.T) {
	runAudit(t, audit9mobilityPackages, knownFalseAlarms9mobility, "knownFalseAlarms9mobility")
}
