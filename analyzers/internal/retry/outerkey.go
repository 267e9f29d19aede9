package retry

import "github.com/paylint/paylint/analyzers/internal/payment"

// ---- a caller's key made anew around an implementation that retries --------
//
// An implementation that repeats its write itself (RetriedInside) is
// judged in its own package, and the binding says nothing more: its loop
// re-sends one request. But when it takes the key from its caller
//
//	for attempt := 1; attempt <= c.maxAttempts; attempt++ {
//		req.Header.Set("X-Payout-Ref", ref) // the caller's, the same per loop
//
// its package sees a stable key, while a caller that retries the whole
// call with a key made on every attempt (retryx.Do(ctx, 4, 2*time.Second,
// func(…) { return w.sender.CreatePayout(ctx, req, weeklyRef(e)) }),
// weeklyRef reading time.Now) sends a new payout once the inner loop has
// given up. Only the binding sees both halves, so such a call is bound
// even to an implementation retrying inside: when the argument (or
// field) the implementation keys by is made anew per attempt or numbered
// by the attempt. A key made once, from the row, or taken from the
// caller's own parameter keeps the old verdict: nothing to say. So does
// a key the implementation makes on every call and reuses on every
// attempt of its own retry (KeyOnceInside): each call of the caller's
// retry draws a new one, so such a call is bound too.

// callerKeyAnew: c hands impl (keyed by its parameter) a key made
// anew on every attempt of c's retry.
func callerKeyAnew(w payment.WrapperFact, c PortCall) bool {
	if w.KeyParam < 0 || w.KeyField == "" && w.KeyInArg {
		return false
	}
	for _, k := range c.Keys {
		if k.Arg == w.KeyParam && k.Field == w.KeyField {
			return k.Kind == payment.KeyPerAttempt || k.Kind == payment.KeyFromCounter
		}
	}
	return false
}
