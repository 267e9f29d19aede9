package idempotency

// TerminalCheckoutSquare: a Square Terminal checkout (POST
// /v2/terminals/checkouts: a card payment taken on a reader) retried with
// a new idempotency_key on every attempt is reported; the key made once
// before the retries and a reader's pairing code retried with a new key
// stay silent.
var _ = cases.Add(Analyzer, "TerminalCheckoutSquare", "idempotency/terminalcheckout")
