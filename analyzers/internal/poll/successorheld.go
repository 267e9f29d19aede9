package poll

import "github.com/paylint/paylint/analyzers/internal/payment"

// successOrHeld: the states a loop may wait for instead of the payment's
// success without leaving on its failure: success, or a hold that is ready
// to capture (stripe-go's requires_capture after 3-D Secure). A loop that
// leaves only on them (requires_capture || succeeded) still polls a
// canceled or requires_payment_method intent until its bound, so it stops
// only on success as StopsOnlyOnSuccess means it. The other requires_*
// states stay pending (one of them, requires_confirmation, names a
// success stem); constants only (strict), as for successOnly.
var successOrHeld = states{words: successWords, not: heldNotWords, strict: true, class: payment.StatusSuccess}

// heldNotWords is notSuccessWords without the blanket "requires_" (so
// requires_capture counts), naming the other requires_* states instead.
var heldNotWords = func() []string {
	var out []string
	for _, w := range notSuccessWords {
		if w != "requires_" {
			out = append(out, w)
		}
	}
	return append(out, "requires_confirmation", "requires_action", "requires_payment_method", "requires_source")
}()
