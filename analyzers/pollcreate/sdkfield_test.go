package pollcreate

// SDKFieldS12: a Square payment created again on every pass of a loop
// that polls the previous one, both through an unexported field of the
// package's own interface type filled only with the SDK's
// *payments.Client: reported. The same code whose field is also given an
// in-memory gateway outside tests (sandbox) stays silent.
var _ = cases.Add(Analyzer, "SDKFieldS12", "s12pollfield/...")
