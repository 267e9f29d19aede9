package idempotency

// ReaderCheckoutDispatch: a card reader's checkout (POST
// /v0.1/merchants/{m}/checkouts, SumUp-like: checkout_reference, amount,
// currency) sent through a do(ctx, method, path, body) dispatcher of the
// client, whose checkout_reference — the provider's duplicate guard — is
// made anew on every attempt: in a body helper called inside a for loop,
// in a helper call handed to the request inside a backoff operation, and
// in a body written in the loop, reported. Look-alikes stay silent: the
// body built once before the loop, a reference taken from the order, the
// same dispatcher used for a GET of the checkout, to pair a device, to
// register a webhook and to mail a receipt.
var _ = cases.Add(Analyzer, "ReaderCheckoutDispatch", "readercheckout/pushretry")

// ReaderCheckoutDispatchAcross: the same checkout sent through the
// exported Do(ctx, method, path, body) of a transport package, the body
// built by a helper of the caller's package with the clock in its
// checkout_reference, retried, is reported; the reference taken from the
// sale, and a receipt mailed through the same transport, stay silent.
var _ = cases.Add(Analyzer, "ReaderCheckoutDispatchAcross", "readercheckout/till")
