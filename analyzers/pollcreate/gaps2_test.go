package pollcreate

// Gaps2: a loop that opens a charge and waits for it through a
// helper whose callback ends on a decline is reported when a wait that
// gives up while the charge is pending (its own timeout, a failed read)
// goes round, even past a check of the decline; loops that go round only
// after a decline or over items stay silent.
var _ = cases.Add(Analyzer, "Gaps2", "pollcreate/gaps2/...")

// Gaps3: a payout re-sent inside the loop that polls it is reported
// like a charge; a payout or refund of another resource is not. A loop
// that pays, then waits through a function of the package that stops
// while the payment is pending ((false, nil), "open"), and goes round to
// pay again is reported; one that leaves on that answer is not.
var _ = cases.Add(Analyzer, "Gaps3", "pollcreate/gaps3/...")
