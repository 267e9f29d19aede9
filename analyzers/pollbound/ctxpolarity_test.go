package pollbound

// ContextErrorPolarity: an exit reached only when the read's error is
// nil is no "exit on the error of a call given a context"; `if err != nil
// { return err }` and its else form stay bounds.
var _ = cases.Add(Analyzer, "ContextErrorPolarity", "pollbound/ctxpolarity")
