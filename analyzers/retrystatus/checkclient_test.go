package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// CheckRetryClientQ24: a CheckRetry is judged only on a client that may
// send the package's payment requests. A kiosk's card client retrying
// every status of 400 and above reported, its geocoder's literal client
// retrying every non-200 silent, a client handed in by the caller
// (which may be the payment one) still judged; a marina's weather client (a local
// copied into a package variable, only reading forecasts) retrying 4xx
// silent beside the refund client's transient-only CheckRetry.
var _ = cases.Add(retrystatus.Analyzer, "CheckRetryClientQ24", "q24checkclient/...")
