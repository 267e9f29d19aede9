package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// DBStores: the order marked paid (or the plan granted) through ent
// or redis from a success redirect is a fulfilment; an address, a KYC
// status, a session or a cache entry is not.
var _ = cases.Add(redirectfulfill.Analyzer, "DBStores", "redirectfulfill/dbstores")
