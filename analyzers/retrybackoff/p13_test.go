package retrybackoff_test

import "github.com/paylint/paylint/analyzers/retrybackoff"

// P13CommaOk: a Razorpay status read retried by backoff.Retry at a
// constant 250ms (and a method read at 300ms) until it answers, whatever
// the status (the type assertion's or map key's ok only checks the
// answer's shape): a retried read with a fixed fast wait, reported. A
// backoff operation failing while the payment is not captured is a poll:
// silent here (pollinterval reports it).
var _ = cases.Add(retrybackoff.Analyzer, "P13CommaOk", "retrybackoff/p13commaok")
