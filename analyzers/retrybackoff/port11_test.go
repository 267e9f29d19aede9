package retrybackoff_test

import (
	"github.com/paylint/paylint/analyzers/retrybackoff"
)

// PortBindings: a loop retrying a call through an interface at once,
// with no cap, is reported at main's binding of a payment implementation
// (an Adyen-style capture bound by a keyed literal); the paced, capped
// loop of the same type, and the same busy loop bound to an in-memory
// cache in another main, stay silent, as do the packages of the calls.
var _ = cases.Add(retrybackoff.Analyzer, "PortBindings", "port11r/...")
