package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// DBWrites: a webhook storing the paid state with SQL or GORM.
var _ = cases.Add(webhookverify.Analyzer, "DBWrites", "webhookverify/dbwrites")
