package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// AmountCollectionsDSPB: a request to pay POSTed to "/v1/collections"
// with an amount set in its body helper, retried with no key, reported; a
// CMS's "/api/collections" with no amount silent.
var _ = cases.Add(idempotency.Analyzer, "AmountCollectionsDSPB", "dspbkeys/collections", "dspbkeys/cmscollections")
