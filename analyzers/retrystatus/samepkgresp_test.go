package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// SamePkgRespC26: a marketplace's payout POST handed as a closure doing
// http.Client.Do to a retry helper of its own package that leaves only on
// 201 and makes every other answer an error it sends round (400/422
// refusals included), reported at the helper's success condition; the
// same helper shape handing back every answer below 500 but 429 silent.
var _ = cases.Add(retrystatus.Analyzer, "SamePkgRespC26", "c26samepkgresp/...")
