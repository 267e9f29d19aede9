package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// MountedReadC15H: net/http landing pages that say nothing of a return
// themselves, mounted by main on chi return routes (/bancontact/return,
// /giropay/done), read the PaymentIntent back and settle the order
// through a port main binds to a paid UPDATE: one excluding only
// canceled (processing, requires_action pass) and one testing only the
// metadata are reported at the binding. Silent: the status tested ==
// succeeded, every non-paid status turned back by a switch, and the same
// page mounted on a route naming no return (/orders/receipt).
var _ = cases.Add(redirectfulfill.Analyzer, "MountedReadC15H", "c15hmounted/...")
