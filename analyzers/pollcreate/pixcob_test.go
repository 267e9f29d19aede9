package pollcreate

// PixCobCreate: a Pix charge of the BACEN API Pix is created by a PUT to
// the txid its caller chose (PUT /v2/cob/{txid}, PUT /v2/cobv/{txid}) or
// by a POST of the collection (POST /v2/cob, the PSP choosing the txid);
// the client is in another package. A new charge under a new txid while
// the loop still polls the first one (through a helper that renews the
// txid on a local timer, a POST after a deadline, a due-date charge
// renewed every ten rounds) is reported. Silent: one charge polled until
// it ends, the same txid sent again (the PSP's same charge) and a PATCH
// revising the charge that is polled.
var _ = cases.Add(Analyzer, "PixCobCreate", "pixcob/desk")
