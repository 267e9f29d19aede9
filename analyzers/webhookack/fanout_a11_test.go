package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// FanoutA11: a use case bound in main that dispatches through an
// interface of its own package (a carrier picked from a map) is as slow
// as every implementation beside it: a Stripe handler calling it before
// it answers is reported where srvslow binds it. Silent: the same
// carriers booked from a goroutine on a detached context (srvqueue), a
// cheap paid-state update (srvledger), an allocator whose sources are a
// remote warehouse or the shop's own table (srvmixed: not every
// implementation is slow).
var _ = cases.Add(webhookack.Analyzer, "FanoutA11", "a11fanout/srvslow", "a11fanout/srvqueue", "a11fanout/srvledger", "a11fanout/srvmixed", "a11fanout/piwebhook")
