package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// SamePkgSlowPort: a partner's inbound-credit webhook, known as a
// payment webhook only by the seller balance its Book port raises (bound
// in main), scores the credit first through an Assessor port whose one
// implementation, beside the handler, posts to a risk service with resty
// in a retry loop: the wait before the answer is reported at main's
// binding. Silent: a twin handler checking a Limiter port whose
// implementation beside it reads an in-memory total.
var _ = cases.Add(webhookack.Analyzer, "SamePkgSlowPort", "screenport/...")
