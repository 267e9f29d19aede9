package pollbound

// R9: an exit on a failed store write made once the payout is final
// is no bound (finalwrite); an exit only on the success of a provider's
// group of states that also defines failures is success-only
// (stategroup); a loop calling, every tick, a function of another
// package that reads one payout per row polls no single payout (sweeps).
var _ = cases.Add(Analyzer, "R9", "pollbound/r9/finalwrite", "pollbound/r9/stategroup", "pollbound/r9/sweeps/sched")
