package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// DBStores: a webhook storing the paid state in mongo, bun or redis
// acts on the payment; a user's presence status does not.
var _ = cases.Add(webhookverify.Analyzer, "DBStores", "webhookverify/dbstores")
