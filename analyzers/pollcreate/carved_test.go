package pollcreate

// CarvedIfaceC12: a refund sent again under another key inside the loop
// that polls the first, both through an interface cut from a hand-written
// client in that client's and its domain's words (an embedded domain
// port, the client's state type), the new reference written into the
// polled field: reported. Refunding again after the failed state, and an
// interface that also asks for a plain Close (not the client's alone),
// stay silent.
var _ = cases.Add(Analyzer, "CarvedIfaceC12", "c12carved/...")
