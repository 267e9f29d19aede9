package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// ResendingPayouts: payouts (and a loan refund) handed to a sender that
// sends the request again when no answer came back or the answer was
// 408, 429 or 5xx — a shared sender of another package handed a
// Request{Method, URL, Body, Headers}, and a sender of the client's own
// package some of whose callers key their request — are retried by that
// sender. Reported at the call: no Idempotency-Key in the request (the
// literal, or a Request described first), a sender that draws a key of
// its own inside its loop (a new one per send), a sender capped at
// three attempts by its caller, and a payout struct with nothing the
// acquirer dedupes on, encoded once by the sender (json.Marshal(r.Body)
// before its loop). Silent: the key in Headers from the payout id or
// drawn once by the caller, the provider's dedupe field in the body (a
// literal's idempotency_key, the tx_ref of the charge struct the caller
// hands on), a sender that draws its key once before its loop, a GET of
// the payout's status, a POST to a mail inbox, the same sender capped at
// one attempt, and the caller keyed through the package's own sender.
var _ = cases.Add(idempotency.Analyzer, "ResendingPayouts", "resendingpayouts/payouts", "resendingpayouts/disbursements")
