package analyzers_test

import "testing"

// The audit22 ridehail corpus (testdata/src/audit22/ridehail/...) is a ride-hailing and food-delivery backend for Indonesia, the Philippines and India: riders pay fares, tips and wallet top-ups by e-wallet (OVO, GCash through xendit-go v7 payment requests; GoPay/QRIS through the midtrans-go core API), by card through razorpay-go orders, or by UPI through a hand-written collect client over net/http (collect created, then status polled); drivers cash out daily through xendit-go v7 payouts, xendit-go v1 disbursements and a hand-written RazorpayX payouts client over resty; weekly incentives are paid by a machinery task; refunds of cancelled trips go through Razorpay and Xendit refunds (one asynq task). HTTP is gin (rider API, Xendit and UPI callbacks), echo (driver API, tip return pages, Midtrans notifications mounted in main) and go-zero (Razorpay/RazorpayX webhooks, top-up finish page); stores are gorm (Postgres), mongo (callback log, tips) and go-redis (event dedupe with SETNX); shared helpers live in platform (a cenkalti/backoff v4 retry with a generic DoValue, a generic Poller and WaitFor). Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit22ridehailPackages = []string{
	"audit22/ridehail/config",
	"audit22/ridehail/platform",
	"audit22/ridehail/store",
	"audit22/ridehail/xenditpay",
	"audit22/ridehail/midpay",
	"audit22/ridehail/rzp",
	"audit22/ridehail/upi",
	"audit22/ridehail/billing",
	"audit22/ridehail/cashout",
	"audit22/ridehail/api",
	"audit22/ridehail/hooks",
	"audit22/ridehail/cmd/ridehaild",
}

// knownFalseAlarms22ridehail, per corpus package.
var knownFalseAlarms22ridehail = map[string][]falseAlarm{}

func TestAudit22ridehail(t *testing.T) {
	runAudit(t, audit22ridehailPackages, knownFalseAlarms22ridehail, "knownFalseAlarms22ridehail")
}
