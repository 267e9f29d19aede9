package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// Binders: a return page reading the redirect through fasthttp's
// QueryArgs/PostArgs, or through a struct a binder fills, trusts the
// query; a shipment status, a JSON body and a search form are no return.
var _ = cases.Add(redirectfulfill.Analyzer, "Binders", "redirectfulfill/fasthttpargs", "redirectfulfill/bound", "redirectfulfill/boundreturn")
