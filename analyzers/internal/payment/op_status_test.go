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

// TestOutgoingSingular: creating a transfer, payout or disbursement sends
// money out, in the singular too; a charge or a collect does not.
func TestOutgoingSingular(t *testing.T) {
	for path, want := range map[string]bool{
		"/transfer":                              true,
		"/v1/payout":                             true,
		"/v1/advanced_payments/{}/disbursements": true,
		"/mpesa/stkpush/v1/processrequest":       false,
		"/v1/upi/collect":                        false,
		"/v1/charges":                            false,
	} {
		op := &Op{Kind: Write | Create, Path: path}
		if got := op.Outgoing(); got != want {
			t.Errorf("Outgoing(%s) = %v, want %v", path, got, want)
		}
	}
}
