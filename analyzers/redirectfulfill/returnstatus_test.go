package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// ReturnStatusPages: return pages named in the shop's own words
// (/refills/complete, /gifts/{id}/return, /paylater/return), known by
// what they do: reached by GET, they compare the status or result the
// query string carries with a paid value. A gin page releasing the first
// refill box through its Shipper, and one marking the refill paid; an
// iris page issuing a gift code through an Issuer main binds to a store
// that marks the gift issued and hands back a fresh code (reported at
// the binding); a chi page confirming the slot through a Confirmer.
// Silent: the subscription or the checkout session read back and tested
// first, pages that only render "processing", a visit recorder bound in
// main, an invoice numbered and marked issued (a bill sent), and an
// OAuth return (code and state) opening a session.
var _ = cases.Add(redirectfulfill.Analyzer, "ReturnStatusPages", "returnstatuspages/...")
