package pollbound

// PollHelperDone: a generic wait helper handed its done predicate as a
// parameter (waiting.Until(ctx, every, fetch, done), retry/doneparam.go)
// polls what its caller hands it: the fetch literal's read, with the
// done argument as the status exit — a status predicate of another
// function (pixcob.Final, whose Pix words CONCLUIDA and REMOVIDA_* the
// cob read's provider defines, poll/readtype.go) or a literal. A poll
// through it bounded only by the context it is handed is reported where
// a context that never ends is handed to it (context.Background(),
// TODO()). Silent: a caller's WithTimeout, the helper's own read cap
// (UntilN), a wait that makes its own deadline, a request's context, and
// a shipment followed by the same helper.
var _ = cases.Add(Analyzer, "PollHelperDone", "pollhelperdone/...")
