package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// QuietMiddlewareRC2: engine-wide OpenTelemetry tracing (otelgin) and
// gin-contrib/static file serving verify nothing, so an unverified gin
// webhook of another package mounted behind them is reported at its
// mount; behind a middleware value the package cannot judge it stays
// silent.
var _ = cases.Add(webhookverify.Analyzer, "QuietMiddlewareRC2", "rc2quietmw/...")
