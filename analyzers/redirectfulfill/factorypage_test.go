package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// FactoryPageD26: an academy's pay-by-bank return pages are literals
// returned by factories (FinishedPage(client, enroller) http.HandlerFunc)
// that execute the authorised flow through a hand-written client and enrol
// the student through an Enroller parameter; main mounts them with chi on
// return routes and passes the store marking the enrolment paid. The page
// enrolling whatever the executed transfer's status is reported at the
// argument; the one testing the status first is silent.
var _ = cases.Add(redirectfulfill.Analyzer, "FactoryPageD26", "d26factorypage/...")
