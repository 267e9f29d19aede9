package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// DBWrites: the order marked paid through GORM or SQL, in a service
// method whose name says nothing, is a fulfilment.
var _ = cases.Add(redirectfulfill.Analyzer, "DBWrites", "redirectfulfill/dbwrites")
