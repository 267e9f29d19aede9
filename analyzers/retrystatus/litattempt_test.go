package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// LitAttemptS23: a marketplace's payout and refund POSTs, each attempt a
// function literal called in the loop and the status told apart inside
// it: every answer but 201 returned as an error that the loop sends round
// (continue under a counter), and a 2xx-only success tested in the if's
// init, reported at the literal's condition; only 5xx and 429 as errors
// (other refusals kept aside), a loop going round on a status the literal
// kept, and a refusal type the loop tests with errors.As silent.
var _ = cases.Add(retrystatus.Analyzer, "LitAttemptS23", "s23litattempt/...")
