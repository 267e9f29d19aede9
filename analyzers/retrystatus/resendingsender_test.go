package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// ResendingSender: a shared sender that takes what to send from its
// caller (a request description, a method and a URL) and sends it again
// on every answer of 400 or more, or on everything but a 2xx, handed a
// refund, a payout or a capture: reported at the caller's call when the
// sender is of another package, at the sender's success condition when
// it is of the caller's package (once for all its callers). The same
// refund through a sender going round only on 408, 429 and 5xx, or only
// when no answer came back, and the 4xx-retrying sender handed a
// geocoding GET, an e-mail POST or a status read, silent.
var _ = cases.Add(retrystatus.Analyzer, "ResendingSender", "resendingsender/...")

// PixCobRetry: a Pix charge created by PUT /v2/cob/{txid} (a create that
// moves no money yet, keyed by its txid) in an attempt loop that goes
// round on every answer but 200/201, reported; the same loop going round
// only on 429 and 5xx, silent.
var _ = cases.Add(retrystatus.Analyzer, "PixCobRetry", "pixcobretry")

// JSONSender: a shared sender that marshals the body its caller hands
// it (any value) once, before its attempt loop, sends it again on every
// answer but a 2xx, and on a 2xx decodes the answer into the caller's
// Out when there is one (a test of the body read, which decides how the
// success is handed back, not whether to send again), handed a capture
// or a refund: reported at the call. Silent: the same writes through a
// sender going round only on 429, 5xx and network errors, or through
// one whose round depends on the body it read (an empty 2xx sent
// again), an order read, and a sale pushed to the accounting system's
// sales journal (a line in the merchant's books).
var _ = cases.Add(retrystatus.Analyzer, "JSONSender", "jsonsender/...")
