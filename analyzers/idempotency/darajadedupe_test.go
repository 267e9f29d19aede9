package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// DarajaOriginatorPerAttempt: Daraja's money movements (B2C and B2B
// payment requests, transaction reversals) are deduped on the body's
// OriginatorConversationID; a B2B settlement whose resty body is built
// by a builder drawing a new uuid on every pass, and a reversal whose
// map body is rebuilt with a new id on every attempt, reported; the B2B
// body built once before the loop, the id drawn once and handed to the
// builder, an account-balance query retried with a fresh id and an STK
// push status query retried silent.
var _ = cases.Add(idempotency.Analyzer, "DarajaOriginatorPerAttempt", "darajadedupe/...")
