package pollbound

// DispatchIfaces: a status read through an interface cut from a
// dependency's client (two methods or more, each written in the client
// package's types; the client wired in main, out of sight): a for{} over
// it with no bound is reported. A one-method interface in the client's
// types (maybe a cache of its objects) and an interface in plain types
// the client merely happens to implement stay unresolved: silent.
var _ = cases.Add(Analyzer, "DispatchIfaces", "pollbound/dispatch9/settle", "pollbound/dispatch9/plainiface")
