package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// UnsetKeyVerifier: verifier types of another package holding the svix
// checker built from the webhook secret, whose check answers success
// when that checker is unset (if v.wh == nil { return nil }, or the
// check only under v.wh != nil), and whose constructor leaves it unset
// for an empty secret (&PartnerVerifier{} returned with a nil error;
// RelayVerifier{wh: nil}, a value type): the claim handlers marking a
// consultation paid behind them reported as failing open. Silent: the
// same check on a verifier whose constructor refuses an empty secret
// (returns an error, and sets the checker on every value it returns).
var _ = cases.Add(webhookverify.Analyzer, "UnsetKeyVerifier", "unsetkeyverifier/...")
