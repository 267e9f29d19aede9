package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// KeyFuncFieldF12: a request id from an unexported func-typed field
// whose only value (set in the constructor) makes a fresh id is made anew
// per attempt when called inside the retry loop; made once before the
// loop, a maker handed in by the caller and an exported maker field stay
// silent.
var _ = cases.Add(idempotency.Analyzer, "KeyFuncFieldF12", "idempotency/f12keyfunc")
