package payment

import "testing"

// TestStatusReadsDeclared: every read a provider's statuses name is a
// status read of that provider's table (a typo would leave it unscoped).
func TestStatusReadsDeclared(t *testing.T) {
	for p, sets := range providerStatuses {
		reads := map[string]bool{}
		for _, f := range p.Funcs {
			if f.Kind.Has(StatusRead) {
				reads[f.Desc] = true
			}
		}
		for _, s := range sets {
			for _, d := range s.Reads {
				if !reads[d] {
					t.Errorf("%s: statuses name %q, not a status read of its table", p.Label, d)
				}
			}
		}
	}
	for _, p := range providers {
		if _, ok := providerStatuses[p]; !ok {
			t.Errorf("%s declares no statuses", p.Label)
		}
	}
}

func TestProviderStatus(t *testing.T) {
	read := func(desc string) *Op { return &Op{Kind: StatusRead, Desc: desc} }
	for _, c := range []struct {
		op   *Op
		s    string
		want StatusClass
	}{
		{read("mercadopago payment.Get"), "approved", StatusSuccess},
		{read("mercadopago payment.Get"), "in_process", StatusPending},
		{read("mercadopago payment.Get"), "rejected", StatusFailure},
		{read("mercadopago payment.Get"), "charged_back", StatusFailure},
		{read("paypal Client.GetOrder"), "APPROVED", StatusPending},
		{read("paypal Client.GetOrder"), "COMPLETED", StatusSuccess},
		{read("square Payments.Get"), "APPROVED", StatusPending},
		{read("square Orders.Get"), "OPEN", StatusPending},
		{read("braintree Transaction.Find"), "settlement_declined", StatusFailure},
		{read("adyen PaymentLinksApi.GetPaymentLink"), "active", StatusPending},
		{read("checkout-sdk Payments.GetPaymentDetailsWithContext"), "Authorized", StatusSuccess},
		{read("midtrans Client.CheckTransaction"), "deny", StatusPending},
		// Not defined by the provider: the global vocabulary decides.
		{read("mercadopago payment.Get"), "paid", StatusUnknown},
		{read("square Payments.Get"), "approved_by_bank", StatusUnknown},
		// A write, a wrapper, an HTTP read, stripe-go: no provider scope.
		{&Op{Kind: Write | Create, Desc: "mercadopago payment.Create"}, "approved", StatusUnknown},
		{&Op{Kind: StatusRead, Desc: "billing.Poll (mercadopago payment.Get)"}, "approved", StatusUnknown},
		{read("GET /v1/payments/{}"), "approved", StatusUnknown},
		{read("stripe paymentintent.Get"), "approved", StatusUnknown},
		{nil, "approved", StatusUnknown},
	} {
		if got := ProviderStatus(c.op, c.s); got != c.want {
			desc := "<nil>"
			if c.op != nil {
				desc = c.op.Desc
			}
			t.Errorf("ProviderStatus(%s, %q) = %d, want %d", desc, c.s, got, c.want)
		}
	}
}
