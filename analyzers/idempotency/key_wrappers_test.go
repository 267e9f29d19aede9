package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// KeysThroughWrappers: keys carried through in-house wrappers: a
// message rendered by the package's own encoder; a wrapper that errs
// on every failed answer, like an SDK; a gateway wrapper whose form
// method is its caller's constant; an SDK request made by a builder
// that takes its key as a parameter.
var _ = cases.Add(idempotency.Analyzer, "KeysThroughWrappers", "idempotency/encwrapper", "idempotency/roundafterfail", "idempotency/formwrapper", "idempotency/sdkbuilders")
