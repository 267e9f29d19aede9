package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// CrossPackageKeyField: a wrapper in another package takes its key
// from a field of its parameter (cr.IdempotencyKey): the caller's key,
// safe when set once outside the retry, made anew when set inside it.
var _ = cases.Add(idempotency.Analyzer, "CrossPackageKeyField", "idempotency/crosspkgkey/...")
