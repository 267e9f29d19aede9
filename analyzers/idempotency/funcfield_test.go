package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// FuncFieldI18: stripe-go's refund.New held in an unexported func-typed
// field set by the constructor and retried by retry-go with no key, and
// the client's V1Refunds.Create method value in a field retried by a for
// loop, reported; a key set once before the retries, a field also given a
// caller's function, one holding a closure and an exported field silent.
var _ = cases.Add(idempotency.Analyzer, "FuncFieldI18", "i18funcfield/...")
