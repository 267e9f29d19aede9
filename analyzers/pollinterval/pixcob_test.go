package pollinterval

// PixCobRenewed: a Pix charge read by its txid (GET /v2/cob/{txid}) in a
// loop that renews the charge when it grows old — a PUT /v2/cob/{txid}
// under a fresh txid in a helper, or a POST /v2/cob — polls one charge
// at a time: its 1.5s sleep and 1s ticker are reported. Silent: a charge
// created once and polled every 2s until a deadline, and the PSP's
// webhook URL set again (PUT /v2/webhook/{chave}) every half second.
var _ = cases.Add(Analyzer, "PixCobRenewed", "pixcob/tablet")
