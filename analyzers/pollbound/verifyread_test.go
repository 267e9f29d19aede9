package pollbound

// VerifyPollF20: a poll of a gateway's GET /charges/{id}/verify (resty
// through a helper) bounded only by ctx and leaving only on success,
// reported; the same leaving on failed too and a poll of the holder's
// verification documents silent.
var _ = cases.Add(Analyzer, "VerifyPollF20", "f20verify/poll")
