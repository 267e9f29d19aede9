package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// RestyConditionF20: a resty client sending payment writes whose
// AddRetryCondition answers true for every error answer (a named function
// returning r.IsError() on a struct field's client, a literal testing
// StatusCode() != 200 on a client built in one chain), reported at the
// condition; a condition retrying 429 and 5xx only, a weather client's
// condition in the same package and a condition reading the request's
// method silent.
var _ = cases.Add(retrystatus.Analyzer, "RestyConditionF20", "f20restycond/...")
