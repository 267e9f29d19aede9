package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// Precision6 covers return pages whose query "token" is an order id
// (not a signature) and duplicate guards behind helper functions.
var _ = cases.Add(webhookdedupe.Analyzer, "Precision6",
	"handler/precision6/tokendedupe",
	"webhookdedupe/guards6",
)
