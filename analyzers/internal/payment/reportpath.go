package payment

import "strings"

// ---- reports about payments ------------------------------------------------
//
// A payment word right after a report, export or statement collection
// names the report's kind, not a payment: POST /reports/settlements asks
// for a settlement report, POST /v1/exports/payments for an export of the
// payments, and neither moves money (a repeat makes a second report).
// Only a literal run counts: "/statements/{id}/pay" pays one statement,
// and "/accounts/{id}/payments" is a payment resource of an account. An
// action word is no report's kind: "/statements/pay" pays.

// reportSegs are collections of documents made about payments.
var reportSegs = map[string]bool{
	"reports": true, "report": true, "reporting": true,
	"exports": true, "export": true, "statements": true, "statement": true,
}

// reportOfPayments: the path's first payment resource (ending at first)
// follows a report collection with only literal segments between.
func reportOfPayments(p urlPath, first int) bool {
	if first < 0 {
		return false
	}
	// An action verb ("pay", "refund", "debit"), not a collection
	// ("refunds", "captures").
	if l := strings.ToLower(p.Segs[first].Lit); (actionSegs[l] || l == "debit") && !strings.HasSuffix(l, "s") {
		return false
	}
	for i := first - 1; i >= 0; i-- {
		s := p.Segs[i]
		if s.Hole != nil {
			return false
		}
		if reportSegs[strings.ToLower(segForm(s.Lit))] {
			return true
		}
	}
	return false
}
