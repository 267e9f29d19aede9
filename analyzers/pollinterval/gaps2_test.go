package pollinterval

// Gaps2: an interval kept in an unexported field set from constants
// is known; a loop whose only other calls cannot wait (the read's own
// request builder, the package's getters) is busy.
var _ = cases.Add(Analyzer, "Gaps2", "pollinterval/gaps2/...")

// Gaps3: a generic resource (an order) polled until goods words
// (shipped, packed, ready) is not a payment poll; the same order polled
// until paid, or a payment resource, is.
var _ = cases.Add(Analyzer, "Gaps3", "pollinterval/gaps3/...")

// P13CommaOk: a backoff operation reading a Razorpay payment that ends as
// soon as the answer carries a status (a type assertion's or a map key's
// ok tested on the way) retries the read: silent; one that fails while
// the payment is not captured polls it every 250ms: reported.
var _ = cases.Add(Analyzer, "P13CommaOk", "pollinterval/p13commaok")
