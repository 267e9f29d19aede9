package idempotency

// RebuiltPerAttempt: a sender that calls the function building its
// request (or body) on every attempt retries the payment op of each call
// site; a key made inside that function is made per attempt. A key made
// before or handed in, a builder called once, a sender that does not
// loop, a status read and requests that move no money stay silent
// (model/buildcb).
var _ = cases.Add(Analyzer, "RebuiltPerAttempt", "model/buildcb/reqcb", "model/buildcb/httpx", "model/buildcb/usex")
