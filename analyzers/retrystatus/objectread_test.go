package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// ObjectReadP24: a GET of a Portuguese-named resource by its id
// ("/api/v1/cobrancas/{id}") whose answer is decoded into the client's
// Charge (a struct with a Status), retried on every non-200 by a capped
// loop with a growing wait, reported; the same read of a Refund retried
// only on 5xx, a courier (Driver) and a payout account with no state
// retried on every non-200 silent.
var _ = cases.Add(retrystatus.Analyzer, "ObjectReadP24", "p24read/cobranca")
