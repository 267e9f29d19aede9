package payment

// ---- provider status tables asked by value, whatever read they came from ----
//
// ProviderStatus judges a value against the table of the read that
// produced it. A return page often reads through a port or a wrapper the
// handler model cannot tie to one table (Midtrans' CheckTransaction behind
// a StatusReader interface, a Mollie payment behind billing.Payment), yet
// the value it compares tells what it tests: "settlement" is Midtrans'
// paid, and turning back open, pending, authorized, canceled, expired and
// failed leaves only Mollie's paid. These two questions ask every table.

// ProviderSuccess reports whether s is the success value of some
// provider table's status read ("settlement") and a failure or pending
// value of none (PayPal's APPROVED waits for a capture where Mercado
// Pago's is paid: such a word proves nothing), compared as normStatus
// does. The global vocabulary (IsSuccessStatus) is asked separately.
func ProviderSuccess(s string) bool {
	n := normStatus(s)
	if n == "" {
		return false
	}
	success := false
	for _, sets := range providerStatuses {
		for i := range sets {
			switch sets[i].class(s) {
			case StatusSuccess:
				success = true
			case StatusFailure, StatusPending:
				return false
			}
		}
	}
	return success
}

// CoversNonPaid reports whether excluded (asked with values as
// normStatus folds them) holds every failure and pending value of some
// provider table's status read that declares a success value: what is
// left when all of them are turned back is paid. One table suffices; a
// value the code compares that no table lists changes nothing.
func CoversNonPaid(excluded func(folded string) bool) bool {
	for _, sets := range providerStatuses {
		for i := range sets {
			s := &sets[i]
			if len(s.Success) == 0 || len(s.Failure)+len(s.Pending) < 2 {
				continue
			}
			all := true
			for _, vals := range [][]string{s.Failure, s.Pending} {
				for _, v := range vals {
					if !excluded(normStatus(v)) {
						all = false
					}
				}
			}
			if all {
				return true
			}
		}
	}
	return false
}
