package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// ClientConfig: resty clients configured to retry where a
// constructor builds them (a default count, a count in a local, a status
// condition) retry the payment writes sent through their field; a zero
// default, a condition choosing by method, a caller's key, reads only
// and a caller's count stay silent.
var _ = cases.Add(idempotency.Analyzer, "ClientConfig", "idempotency/clientcfg")
