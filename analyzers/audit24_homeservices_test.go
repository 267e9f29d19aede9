package analyzers_test

import "testing"

// The audit24 homeservices corpus (testdata/src/audit24/homeservices/...) is a home-services marketplace backend for the US, Canada and Australia (cleaners, plumbers, electricians): customers book a job and a manual-capture Stripe PaymentIntent holds it, the balance is captured after the job by a hand-written postgres job queue (Worker[T] over queue_jobs with SKIP LOCKED), legacy accounts settle on braintree-go, AU extras and cancellation refunds go through square-go-sdk, pay-later orders through a hand-written Afterpay-style client over go-retryablehttp (checkouts, captures, refunds, status polls), and pros are paid weekly by Stripe Connect transfers (gorm store), instantly by payouts, and tips by an asynq task. Pages and webhooks are served by chi (customer pages, Stripe, Connect, Square behind a signing middleware of the platform package, pay-later refunds) and echo (pay-later orders, Stripe disputes); stores are pgx, gorm and go-redis (SETNX dedupe); helpers are a generic retry-go wrapper and a retryablehttp constructor with options in platform, an SMTP mailer, and a background-check client. Written blind, in the conventions of audit_test.go.
//
// Blind figure: (the lead fills this in).

var audit24homeservicesPackages = []string{
	"audit24/homeservices/config",
	"audit24/homeservices/domain",
	"audit24/homeservices/platform",
	"audit24/homeservices/store",
	"audit24/homeservices/billing",
	"audit24/homeservices/paylater",
	"audit24/homeservices/payouts",
	"audit24/homeservices/hooks",
	"audit24/homeservices/web",
	"audit24/homeservices/cmd/homeservicesd",
}

// knownFalseAlarms24homeservices, per corpus package.
var knownFalseAlarms24homeservices = map[string][]falseAlarm{}

func TestAudit24homeservices(t *testing.T) {
	runAudit(t, audit24homeservicesPackages, knownFalseAlarms24homeservices, "knownFalseAlarms24homeservices")
}
