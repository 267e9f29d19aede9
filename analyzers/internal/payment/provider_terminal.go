package payment

import "strings"

// ProviderFailures tells whether the object a provider status read
// returns can end in failure: has is false when the provider table
// declares its statuses with no failure value (a Razorpay order is
// created, attempted or paid: a failed payment leaves it attempted, and
// the buyer may pay again). Through a wrapper the innermost read named
// in the op's description is asked. known is false when op is no status
// read of a provider table.
func ProviderFailures(op *Op) (has, known bool) {
	if op == nil || !op.Kind.Has(StatusRead) {
		return false, false
	}
	if set := restStatusSet(op); set != nil {
		return len(set.Failure) > 0, true // provider_pix.go
	}
	desc := op.Desc
	if op.Via != nil {
		// viaOp describes a wrapper as "pkg.Func (inner desc)".
		i := strings.LastIndex(desc, " (")
		if i < 0 || !strings.HasSuffix(desc, ")") {
			return false, false
		}
		desc = desc[i+2 : len(desc)-1]
	}
	set := statusReads[desc]
	if set == nil {
		return false, false
	}
	return len(set.Failure) > 0, true
}
