package payment

import "testing"

// TestPayoutStatuses: a PayPal payout batch's statuses are scoped to
// GetPayout; an order's are not a batch's.
func TestPayoutStatuses(t *testing.T) {
	read := func(desc string) *Op { return &Op{Kind: StatusRead, Desc: desc} }
	for _, c := range []struct {
		desc, s string
		want    StatusClass
	}{
		{"paypal Client.GetPayout", "SUCCESS", StatusSuccess},
		{"paypal Client.GetPayout", "DENIED", StatusFailure},
		{"paypal Client.GetPayout", "CANCELED", StatusFailure},
		{"paypal Client.GetPayout", "PROCESSING", StatusPending},
		{"paypal Client.GetPayout", "NEW", StatusPending},
		{"paypal Client.GetPayout", "COMPLETED", StatusUnknown},
		{"paypal Client.GetOrder", "SUCCESS", StatusUnknown},
	} {
		if got := ProviderStatus(read(c.desc), c.s); got != c.want {
			t.Errorf("ProviderStatus(%s, %q) = %d, want %d", c.desc, c.s, got, c.want)
		}
	}
}
