package idempotency

// TillOrderFP15W: an order POSTed to another business's order book
// ("/venues/{id}/orders", "/kiosks/{id}/order") with lines, notes and a
// total is a ticket for its till or kitchen, not a payment write: silent
// in a retry loop. A top-level payment order with an amount and its
// currency, the same venue path carrying a currency and a card token, an
// amount object, and a customer's orders stay reported. A supplier's
// top-level /v2/orders handed only a stock list (no sum, no payer) is an
// order of goods: silent; a top-level /v1/orders handed a cart that the
// service prices stays reported (supplierorder.go).
var _ = cases.Add(Analyzer, "TillOrderFP15W", "fp15wtill/till")
