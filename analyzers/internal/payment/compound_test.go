package payment

import "testing"

// TestCompoundSeg: a qualified payment noun names a payment resource;
// other compounds, and transfers of goods, files and domains, do not.
func TestCompoundSeg(t *testing.T) {
	for seg, want := range map[string]bool{
		"instant-payments":    true,
		"sepa_payments":       true,
		"cardPayouts":         true,
		"bulk-refunds":        true,
		"credit-transfers":    true,
		"instant_transfers":   true,
		"payments":            false, // the plain word is resourceSegs' business
		"payment-methods":     false,
		"inventory_transfers": false,
		"file-transfers":      false,
		"domain-transfers":    false,
		"refund-policies":     false,
		"payments-report":     false,
	} {
		if got := compoundSeg(seg); got != want {
			t.Errorf("compoundSeg(%q) = %v, want %v", seg, got, want)
		}
	}
}
