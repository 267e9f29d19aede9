package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// StatusMapper: gateway callbacks that store the payment's status as the
// result of a mapper of another package (word lists, a switch, a
// package-level map), a constant chosen by the posted word, verifying
// nothing: the mapper can answer a paid word ("Success", "paid") for what
// was posted, so the store is a paid-state write driven by the body —
// through a local helper (kytapay's processTransaction shape), straight
// to a store of another package, or in an UPDATE of the handler itself:
// reported. Silent: the same callback after an HMAC of the raw body, a
// mapper that answers only failures (expired, cancelled, failed), a
// mapper used only for the log beside a delivery log row, a renamer that
// may hand the posted word back unchanged (no mapper: its answer is not
// always a constant), and callbacks that store the word for the status
// read back from the gateway (in the handler, through a helper that reads
// it back, or handed to the same helper as the posted word).
var _ = cases.Add(webhookverify.Analyzer, "StatusMapper", "statusmapper/...")
