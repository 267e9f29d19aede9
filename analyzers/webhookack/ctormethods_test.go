package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// CtorUseCaseSlow: an echo Stripe dispute webhook (package web) calls a
// Refunder use case bound in a route package to what a constructor of a
// third package returns behind the interface while building an
// unexported type (handler/ctormethods.go: the constructor's fact carries
// that type's methods' facts, which go vet's export data lacks); the use
// case refunds at Stripe in line, so the wait before the answer is
// reported at the binding. Silent: the constructor choosing between the
// live refunds and a dry run at run time, and the use case enqueueing
// the refund for a worker.
var _ = cases.Add(webhookack.Analyzer, "CtorUseCaseSlow", "ctorusecase/...")
