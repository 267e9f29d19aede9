package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// PaymentConsentRetried: a payment-initiation consent moves no money but
// the bank answers it once and for all: an Open Banking international
// payment consent retried by a for loop on every answer but 201, and a
// domestic VRP consent retried by retry-go on every status the callback
// makes an error, reported. Look-alikes silent: the same loops around an
// account-access consent, Berlin Group's /v1/consents and an OAuth token,
// a domestic payment consent retried only on 429 and 5xx, and one with a
// new key per attempt retried only on 429 and 5xx.
var _ = cases.Add(retrystatus.Analyzer, "PaymentConsentRetried", "consentretry/...")
