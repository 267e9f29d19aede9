package pollbound

// PixChargeStatuses: a Pix charge of the BACEN API Pix (GET
// /v2/cob/{txid}, through the merchant's own client or straight over
// net/http) polled until CONCLUIDA only — a charge removed
// (REMOVIDA_PELO_USUARIO_RECEBEDOR, REMOVIDA_PELO_PSP) is final and is
// polled until the loop's bound — under ctx.Done, an attempt cap, or a
// ticker with a switch. Silent: leaving on the removed states too, on any
// status but ATIVA, and another API's order compared with CONCLUIDA (no
// vocabulary the model knows).
var _ = cases.Add(Analyzer, "PixChargeStatuses", "pixchargewatch")
