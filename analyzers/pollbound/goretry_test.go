package pollbound

// GoRetryCallbackC15R: a sethvargo/go-retry callback (retry.Constant,
// retry.DoValue with a switch) that returns nil only on a succeeded
// PaymentIntent and RetryableError for every other status keeps polling a
// canceled payment until its bound; a callback returning a plain error on
// canceled (an if, a switch case) and one retrying only the in-flight
// statuses stay silent.
var _ = cases.Add(Analyzer, "GoRetryCallbackC15R", "pollbound/c15r/goretrycb")
