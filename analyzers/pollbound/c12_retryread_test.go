package pollbound

// RetriedReadC12: one read retried on network errors, 429 and 5xx and
// returning the first other answer whatever the state (gates naming the
// retried codes with == or !=) is not a poll; the same gate in a loop that
// returns only on a final state, unbounded, is reported.
var _ = cases.Add(Analyzer, "RetriedReadC12", "c12retryread/...")
