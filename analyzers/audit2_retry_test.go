package analyzers_test

import (
	"testing"
)

// The second blind audit, retry theme (testdata/src/audit2/retry/...):
// merchant code around retried payment calls (idempotency, retrystatus,
// retrybackoff), written without reading the rules' tests or code. A
// `// want` marks a true mistake paylint reports; `// audit: missed
// <rule>: ...` a true mistake it misses; knownFalseAlarms2retry what it
// reports wrongly (tolerated here so the audit stays green).

var audit2retryPackages = []string{
	"audit2/retry/checkoutsvc",
	"audit2/retry/payoutworker",
	"audit2/retry/retryx",
	"audit2/retry/stripebilling",
	"audit2/retry/adyenpay",
	"audit2/retry/paypalcapture",
	"audit2/retry/razorrefund",
	"audit2/retry/gcsubs",
	"audit2/retry/ledgerclient",
	"audit2/retry/fxrates",
	"audit2/retry/receipts",
	"audit2/retry/chargequeue",
	"audit2/retry/paystatus",
	"audit2/retry/alipaygw",
	"audit2/retry/walletpay",
}

// knownFalseAlarms2retry, per corpus package ("retry/<name>"): file base
// name and line, and the message exactly as reported.
var knownFalseAlarms2retry = map[string][]falseAlarm{}

// TestAudit2retry runs every analyzer over the retry corpus in one load.
func TestAudit2retry(t *testing.T) {
	runAudit(t, audit2retryPackages, knownFalseAlarms2retry, "knownFalseAlarms2retry")
}
