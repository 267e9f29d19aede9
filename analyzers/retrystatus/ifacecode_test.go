package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// IfaceStatusRC1: a loop retrying a charge made through the merchant's own
// interface, whose implementation hands back the provider's status code
// as its second result, goes round on every status but 201 (400/422
// included); loops going round only on 429/5xx, leaving on every 4xx, or
// comparing a refunded amount, and an interface with a fake whose int is a
// count, stay silent.
var _ = cases.Add(retrystatus.Analyzer, "IfaceStatusRC1", "rc1ifacecode/...")
