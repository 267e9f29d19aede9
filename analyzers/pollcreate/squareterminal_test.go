package pollcreate

// SquareTerminalCheckout: a Square Terminal checkout is a payment of the
// Square table (Terminal.Checkouts Create, Get, Cancel). A second checkout
// sent when the wait for the first runs out, while the first is still
// PENDING or IN_PROGRESS on the reader, is reported (through a wrapper of
// Create, with the polled record replaced by what its read answered, and
// through the SDK with the polled id replaced by the new checkout's).
// Silent: a new checkout only after the first was read CANCELED or after
// the first was cancelled on the reader (Checkouts.Cancel), a wait
// that gives up with an error, one checkout per family of a list.
var _ = cases.Add(Analyzer, "SquareTerminalCheckout", "pollcreate/squareterminal")
