package pollcreate

// AttemptNumberedW18: a PaymentIntent created through the package's own
// wrapper, handed the pass counter it only prints into the key, on each
// pass of a loop that waits through a function of the package answering
// (false, nil) at its own deadline: reported. Silent: instalments
// numbered by the counter (the loop never leaves on a settled one) and a
// counter the wrapper indexes the amount with.
var _ = cases.Add(Analyzer, "AttemptNumberedW18", "w18rewait/numbered", "w18rewait/instalments", "w18rewait/indexed")
