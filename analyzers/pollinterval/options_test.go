package pollinterval

// LibraryOptions: waits set by retry-library options (a ZeroBackOff
// polls at once).
var _ = cases.Add(Analyzer, "LibraryOptions", "pollinterval/zerobackoff")
