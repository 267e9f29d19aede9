package pollinterval

// ChainMined: a chain read whose nil error (a found receipt, a
// transaction no longer pending) is the mined state, polled with no
// wait, is a busy poll; a block indexer stays silent.
var _ = cases.Add(Analyzer, "ChainMined", "pollinterval/chainmined")
