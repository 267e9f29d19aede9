package retrybackoff_test

import "github.com/paylint/paylint/analyzers/retrybackoff"

// BusyClosureS23: a ride app's charge POST written as a function literal
// called where it is made, its error sending the loop round: retried back
// to back, reported; a growing pause after the literal, and a literal
// that waits for a dispatcher's channel first, silent.
var _ = cases.Add(retrybackoff.Analyzer, "BusyClosureS23", "s23busyclosure/...")
