package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// AnswerReadInRetryLoop: a retry loop that reads the failed answer (a
// helper of another package wording it as an error, io.ReadAll of its
// body) and logs it through the client's own logger is still a retry of
// the same request, not a batch over items: a refund loop treating
// 200/201 as done and a capture loop treating 201 as done, both sending
// every other answer round, reported at the success check; the refund
// loop that returns at once on 4xx, and a walk over pages whose cursor
// is read off each answer, silent.
var _ = cases.Add(retrystatus.Analyzer, "AnswerReadInRetryLoop", "answerread/...")
