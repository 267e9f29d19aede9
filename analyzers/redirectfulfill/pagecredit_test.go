package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// PageCreditRFA: an echo wallet top-up return page crediting the balance
// through its own port, bound in main to a Redis IncrBy of the user's
// balance key (a credit on every call), reported at the binding; the same
// page's visit counter bound to an IncrBy of a stats key silent.
var _ = cases.Add(redirectfulfill.Analyzer, "PageCreditRFA", "rfacredit/...")
