package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// Dispatchers: a client sending every call through one
// do(method, path) that retries inside itself: a POST of a refund, payout
// or charge through it, retried with a key made per attempt or with none,
// is reported at the send (a for loop and a new key per attempt; a
// generic call[T] in a backoff.Retry op whose request helper makes the
// key; a helper's header beside a body reference; a loop with no key at
// all). Look-alikes stay silent: a dispatcher whose callers only GET, one
// used for an FX and catalogue API, a key from the caller's parameter, a
// dispatcher that does not retry, a key made once before the retry loop,
// a body reference with no key header.
var _ = cases.Add(idempotency.Analyzer, "Dispatchers",
	"idempotency/dispatch9/looped", "idempotency/dispatch9/generic", "idempotency/dispatch9/getonly",
	"idempotency/dispatch9/fxapi", "idempotency/dispatch9/keyparam", "idempotency/dispatch9/noretry",
	"idempotency/dispatch9/keyonce", "idempotency/dispatch9/bodyref", "idempotency/dispatch9/nokey")
