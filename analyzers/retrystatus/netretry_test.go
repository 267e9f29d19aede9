package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// NetRetryFP15K: an in-house (generic) retry helper whose test of the
// failure sends round only transport failures (errors.As into a
// *url.Error or net.Error, errors.Is with syscall.ECONNRESET or
// context.DeadlineExceeded) hands a payout POST's refusal, made with
// fmt.Errorf or the API's own error type, back at once: silent. A helper
// sending every error round, and one whose test also sends the API's own
// error round, reported.
var _ = cases.Add(retrystatus.Analyzer, "NetRetryFP15K", "fp15k/netretry")
