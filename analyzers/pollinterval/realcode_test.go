package pollinterval

// RealCodeChain: on-chain receipts and Lightning invoices polled, also
// through an interface declared with go-ethereum's own types.
var _ = cases.Add(Analyzer, "RealCodeChain", "pollinterval/realcodechain", "pollinterval/recursionloop", "pollinterval/sameid", "pollinterval/chainiface")
