package pollcreate

// PrintedCounterG20: a Mercado Pago payment created with the pass counter
// printed into its request literal's external reference on each pass of a
// loop that waits through a method of the package answering (false, nil)
// when its own tries run out: reported (the counter numbers the attempt,
// not an item). Silent: the same waiter erring at its bound (the error
// leaves the loop), a loop paying again only on a rejected status, and
// instalments numbered by the counter (the loop never leaves on a settled
// payment).
var _ = cases.Add(Analyzer, "PrintedCounterG20", "g20printed/...")
