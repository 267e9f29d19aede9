package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// ReturnStatusPages: return pages named in the shop's own words
// (/refills/complete, /paylater/return), known by what they do: reached
// by GET, they compare the status or result the query string carries
// with a paid value. A gin page releasing the first refill box through
// its Shipper, and one marking the refill paid; a chi page confirming
// the slot through a Confirmer. Silent: the subscription read back and
// tested first, pages that only render "processing", and an OAuth return
// (code and state) opening a session.
var _ = cases.Add(redirectfulfill.Analyzer, "ReturnStatusPages", "returnstatuspages/...")
