package pollcreate

// C15p: a poll loop that gives the polled id a new value of the
// merchant's choosing and creates the next payment under it (a renewal
// once the payer's window ran out, after a count of pending reads) is
// still a poll of "the" payment, so the creation is reported (renew); a
// renewal only once the payment expired, and a sweep that reads the next
// reference each round and creates nothing, stay silent.
var _ = cases.Add(Analyzer, "RenewC15p", "pollcreate/c15p/renew")
