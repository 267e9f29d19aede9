package idempotency

// PixCobPut: a Pix charge created by a PUT to the txid its caller chose
// (BACEN API Pix PUT /v2/cob/{txid}) and retried with the same txid is
// the same charge, and a webhook URL set again with PUT /v2/webhook/{chave}
// moves no money: both stay silent, as do the charge's POST /v2/cob (a
// payable object created, no money moved) and its PATCH revision.
var _ = cases.Add(Analyzer, "PixCobPut", "pixcob/psp")
