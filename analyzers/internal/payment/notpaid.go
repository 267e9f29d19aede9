package payment

// ---- a provider's non-paid value, asked by the SDK package of the value -----
//
// The global vocabulary calls "approved" paid (Mercado Pago's is), so a
// return page testing
//
//	if o.Status == paypal.OrderStatusApproved || o.Status == paypal.OrderStatusCompleted { markPaid() }
//
// counted as checked. For a PayPal order made with intent CAPTURE,
// APPROVED only says the buyer approved: nothing is captured and the
// capture may still be declined. When the status compared is a field of
// a type the provider's SDK declares, that provider's table says what the
// value means, whatever read or wrapper brought the value.

// ProviderNotPaid reports whether s is a failure or pending value of a
// status table of the provider whose SDK package is pkgPath, and the
// success value of none of its tables (compared as normStatus does).
func ProviderNotPaid(pkgPath, s string) bool {
	if normStatus(s) == "" {
		return false
	}
	notPaid := false
	for p, sets := range providerStatuses {
		if p.Pkgs == nil || !p.Pkgs.MatchString(pkgPath) {
			continue
		}
		for i := range sets {
			switch sets[i].class(s) {
			case StatusSuccess:
				return false
			case StatusFailure, StatusPending:
				notPaid = true
			}
		}
	}
	return notPaid
}
