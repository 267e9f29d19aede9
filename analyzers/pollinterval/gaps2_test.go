package pollinterval

// Gaps2: an interval kept in an unexported field set from constants
// is known; a loop whose only other calls cannot wait (the read's own
// request builder, the package's getters) is busy.
var _ = cases.Add(Analyzer, "Gaps2", "pollinterval/gaps2/...")

// Gaps3: a generic resource (an order) polled until goods words
// (shipped, packed, ready) is not a payment poll; the same order polled
// until paid, or a payment resource, is.
var _ = cases.Add(Analyzer, "Gaps3", "pollinterval/gaps3/...")
