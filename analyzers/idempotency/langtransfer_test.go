package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// LangTransferHeaderKey: bank transfers whose bodies name the sum and the
// destination account in the bank's language (a Pix payout's chave_pix
// and valor_centavos, a SEPA order's empfaenger_iban and betrag) are
// payment writes, and the header carrying a uuid made for the operation
// (X-Id-Operacao, X-Auftragsnummer) is their dedupe key: made in the
// request builder called on every attempt of a loop, or drawn in the
// closure a helper retries, reported; drawn once before the retry and
// handed in silent, as are a tracing id on a retried GET of the transfer
// and a courier's label POST (weight, address) with a fresh folio header
// in a retry.
var _ = cases.Add(idempotency.Analyzer, "LangTransferHeaderKey", "langtransfer/...")
