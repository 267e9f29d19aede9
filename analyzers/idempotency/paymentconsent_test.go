package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// PaymentConsentKeyPerAttempt: a payment-initiation consent retried with
// a new idempotency key on every attempt is no payment write (a second
// consent after a lost answer moves no money): silent, though the
// retry-condition judges now read consents (payment/paymentconsent.go).
var _ = cases.Add(idempotency.Analyzer, "PaymentConsentKeyPerAttempt", "consentretry/keyperattempt")
