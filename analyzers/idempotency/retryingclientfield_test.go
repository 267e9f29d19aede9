package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// RetryingClientField: clients that retry by themselves, configured in a
// constructor and held in a struct field, send payment writes whose URL
// a one-line helper of the package builds, with no key: a
// go-retryablehttp client (RetryMax set in New, an option may change it)
// posting a wallet payment or capture to c.url("/payments"); a resty
// client with SetRetryCount(2) posting to versioned("charges").
// Look-alikes: the same clients with an Idempotency-Key from the refund
// or the order; RetryMax = 0 and SetRetryCount(0); a retry condition
// letting only GETs through; a read and an e-mail sent through the
// retrying client. Across packages: a keyless charge of another package,
// known by its URL helper, retried by a loop is reported at the call; a
// keyed one is not.
var _ = cases.Add(idempotency.Analyzer, "RetryingClientField",
	"idempotency/retryingclientfield/wallet", "idempotency/retryingclientfield/cards",
	"idempotency/retryingclientfield/walletapi", "idempotency/retryingclientfield/kiosk")

// RetryingClientBaseURL: a resty client whose base URL, set in the
// constructor (on the chain or on the client's variable), is Xendit's
// host, and whose SetRetryCount(n > 0) makes it send again after a
// timeout, posts a disbursement carrying only external_id, which Xendit
// does not dedupe on (its key is X-IDEMPOTENCY-KEY): reported.
// Look-alikes: the payout's reference as X-IDEMPOTENCY-KEY; external_id
// to a base URL from the configuration (the provider is not known), or
// in a request with its own absolute URL to another host.
var _ = cases.Add(idempotency.Analyzer, "RetryingClientBaseURL", "idempotency/retryingclientfield/xenditpayouts")
