package analyzers_test

import (
	"testing"
)

// The second blind audit, poll theme (testdata/src/audit2/poll/...): merchant
// code written from the rule docs, the issues and the provider guides only,
// before reading the rules' tests. `// want "\\[rule\\] ..."` marks a true
// mistake paylint reports; `// audit: missed <rule>: ...` a true mistake it
// misses; knownFalseAlarms2poll what it reports wrongly.

// audit2pollPackages are the corpus packages, each analysed by every rule.
var audit2pollPackages = []string{
	"audit2/poll/restpoll",
	"audit2/poll/restypoll",
	"audit2/poll/stripewatch",
	"audit2/poll/paypalorders",
	"audit2/poll/mollieshop",
	"audit2/poll/latam",
	"audit2/poll/apacpay",
	"audit2/poll/chainwatch",
	"audit2/poll/pollkit",
	"audit2/poll/billing",
	"audit2/poll/payouts",
	"audit2/poll/ginstore",
	"audit2/poll/echopaypal",
	"audit2/poll/fiberapp",
	"audit2/poll/creditsweb",
	"audit2/poll/asiaweb",
}

// knownFalseAlarms2poll, per corpus package: tolerated false alarms (file
// base name and line, exact "[rule] message").
var knownFalseAlarms2poll = map[string][]falseAlarm{}

// TestAudit2poll runs every analyzer over the poll corpus in one load.
func TestAudit2poll(t *testing.T) {
	runAudit(t, audit2pollPackages, knownFalseAlarms2poll, "knownFalseAlarms2poll")
}
