package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// ShopWords: return pages named in a shop's own words (/vip/return,
// /premium/complete, /vip/paypal/approved, ?pay_status=paid) that grant
// from the redirect are reported; a page that only renders, a to-do route
// of a "pro" workspace, a posted notify, an OAuth state, an export's
// status and approvals of an identity check or an article stay silent.
var _ = cases.Add(redirectfulfill.Analyzer, "ShopWords", "redirectfulfill/shopwords", "redirectfulfill/billpay")
