package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// PaidWordHelpers: a return page that hands the status or resultCode its
// query string carries to a helper saying whether the word means paid
// (resultcodes.Succeeded, of another package: a switch over the lowered
// code; a chi page's own settled: status == "PAID" || "SUCCESS")
// compares it with a paid value as surely as if it wrote the comparison:
// the net/http front desk issuing a day pass and the chi locker page
// marking the rental paid are reported. Silent: a helper answering
// whether the code is known at all (refused included), a page recording
// the visit, and a page rendering the stored state.
var _ = cases.Add(redirectfulfill.Analyzer, "PaidWordHelpers", "paidwordhelpers/...")
