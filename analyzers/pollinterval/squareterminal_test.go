package pollinterval

// SquareTerminalCheckout: a Square Terminal checkout read back
// (Terminal.Checkouts.Get) is a payment's status: read every 750ms for a
// staff screen, or every second with the polled record replaced by what
// the read answered, it is reported. Silent: a read every 3 seconds with a
// deadline, and a device code (pairing a reader, no payment) read every
// 500ms.
var _ = cases.Add(Analyzer, "SquareTerminalCheckout", "pollinterval/squareterminal")
