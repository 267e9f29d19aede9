package analyzers_test

import "testing"

// The round-4 crypto audit corpus (testdata/src/audit4/crypto/...): a
// fiat-to-crypto on-ramp (card deposits, bank payouts, custodian and
// on-chain withdrawals, Lightning deposits, custodian and acquirer hooks).

// audit4cryptoPackages are the corpus packages.
var audit4cryptoPackages = []string{
	"audit4/crypto/custodian",
	"audit4/crypto/chainwatch",
	"audit4/crypto/lightning",
	"audit4/crypto/bankrail",
	"audit4/crypto/cardreturn",
	"audit4/crypto/custodyhooks",
	"audit4/crypto/acquirerhooks",
	"audit4/crypto/fiatpayout",
}

// knownFalseAlarms4crypto, per corpus package.
var knownFalseAlarms4crypto = map[string][]falseAlarm{
	// None left. Fixed after the blind run: chainwatch watcher.go:85,
	// AwaitBounded exits on the failed receipt through the default clause
	// of a tagless switch (poll/guards.go passedCases).
}

func TestAudit4crypto(t *testing.T) {
	runAudit(t, audit4cryptoPackages, knownFalseAlarms4crypto, "knownFalseAlarms4crypto")
}
