package pollcreate

// C15p: a payment made again on every pass after a poll helper of
// another package answers (false, nil) once its attempt cap ran out
// (GiveUpFact from its counted loop) is reported (capped); leaving on
// that answer, paying again only after a decline, and a helper that errs
// when its tries ran out stay silent.
var _ = cases.Add(Analyzer, "CappedC15p", "pollcreate/c15p/capped")
