package payment_test

// OpShape: payment writes known by what their bodies carry, status
// reads known by the write they read back, and more resource words and
// dedupe fields of real APIs; with the look-alikes that stay silent.
var _ = cases.Add(debug, "OpShape", "model/opshape", "model/opreads", "model/opreads/bare", "model/oppayout")
