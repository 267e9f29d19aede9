package pollcreate

// ReaderCheckoutRepush: a card reader's checkout (POST
// /v0.1/merchants/{m}/checkouts with checkout_reference, amount and
// currency) sent through the client's send(ctx, method, path, body, out)
// is a payment created: pushed again under a new reference while the
// loop still polls the first one (through the client's methods, or
// through the request function itself) is reported. Silent: a new
// checkout only after the first was read back FAILED, and a reader woken
// with a POST that moves no money.
var _ = cases.Add(Analyzer, "ReaderCheckoutRepush", "readercheckout/repush")
