package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// OkOnlyE18: a GET of one payment through a generic request helper that
// hands back the answer's status code ((int, error)), in a loop that
// leaves only on code == 200 && err == nil, retries every 4xx: the code
// says whether the request went through, not the payment's state, so the
// loop is a retry, not a poll. The same helper in a loop that gives up on
// 4xx other than 429, a poll of the payment's own status (the code only
// gates the round), and a retry of exchange rates, stay silent.
var _ = cases.Add(retrystatus.Analyzer, "OkOnlyE18", "retrystatus/e18/okonly/...")
