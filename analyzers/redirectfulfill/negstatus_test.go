package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// NegativeStatusF18: gin pages Mercado Pago's buyer comes back to, on
// return routes naming nothing bought (/recordings/return), read the
// payment through a wrapper of another package and hand over a download:
// a switch turning back only rejected and cancelled, and an if chain
// adding refunded, let pending and in_process through and are reported.
// Silent: != approved, a case approved that alone hands over, the
// wrapper's Approved verdict, every non-approved state of Mercado Pago's
// table turned back, and a free page on a return route that reads no
// payment.
var _ = cases.Add(redirectfulfill.Analyzer, "NegativeStatusF18", "f18negstatus/...")
