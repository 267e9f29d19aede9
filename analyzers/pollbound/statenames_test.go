package pollbound

// StateNamesP24: a bank answering in Portuguese whose constants are
// named in English (StateRefused = "RECUSADA"): a ctx-bounded poll
// leaving only on StateSettled reported; leaving on the refusal and the
// reversal too, on a group naming no failure, or on leaving the pending
// state silent.
var _ = cases.Add(Analyzer, "StateNamesP24", "p24poll/banknames")
