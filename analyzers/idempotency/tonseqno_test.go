package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// TonSeqnoPerCall: a TON prize paid through tonutils-go (whose wallet
// signs every Transfer/Send with the seqno it reads on that call) and
// retried, by a doubling helper of another package around a wrapper and
// by a loop around Wallet.Transfer, and by backoff.Retry marking only a
// bad address permanent, reported: a retry after a lost confirmation
// signs a second transfer. The same transfer signed once and
// re-broadcast, a balance read and a seqno poll retried, and a retry of
// the wallet's opening before a single transfer (alone, or in the same
// operation with the transfer's failure marked backoff.Permanent),
// silent.
var _ = cases.Add(idempotency.Analyzer, "TonSeqnoPerCall", "tonreward/...")
