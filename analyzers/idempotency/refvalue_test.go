package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// RefValueI18: a provider's dedupe key under a name of its own, judged by
// its value: a mobile wallet's op_uid made once from the order id before
// a net/http loop and trx_ref holding the caller's reference on a
// retrying resty client, a bank's X-Order-Trace holding the order's
// reference on a retryablehttp client and X-Txn-Uid made once before the
// loop, silent; a uuid, a timestamp or the attempt number per attempt, a
// charge id a reversal only names, a trace id from the context, the
// caller's trace id and a uuid under a trace header reported.
var _ = cases.Add(idempotency.Analyzer, "RefValueI18", "i18refvalue/...")
