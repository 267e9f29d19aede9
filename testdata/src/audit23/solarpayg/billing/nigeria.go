package billing

import (
	"context"
	"fmt"
	"time"

	"audit23/solarpayg/domain"
	"audit23/solarpayg/paystack"
	"audit23/solarpayg/store"
)

// NigeriaCheckout sells installments through Paystack's hosted checkout.
type NigeriaCheckout struct {
	ps        *paystack.Client
	ledger    *store.Ledger
	settler   *Settler
	publicURL string
}

// NewNigeriaCheckout builds the checkout service.
func NewNigeriaCheckout(ps *paystack.Client, l *store.Ledger, s *Settler, publicURL string) *NigeriaCheckout {
	return &NigeriaCheckout{ps: ps, ledger: l, settler: s, publicURL: publicURL}
}

// Start opens a checkout for amount naira and returns the page to send the customer to.
func (n *NigeriaCheckout) Start(ctx context.Context, acct *domain.Account, amount int64, kind string) (string, error) {
	ref := fmt.Sprintf("ng-%s-%s-%d", kind, acct.ID, time.Now().Unix())
	p := &domain.Payment{ID: ref, AccountID: acct.ID, Rail: "paystack", Reference: ref, Amount: amount, Currency: "NGN", Kind: kind}
	if err := n.ledger.CreatePending(ctx, p); err != nil {
		return "", err
	}
	init, err := n.ps.Initialize(ctx, paystack.InitializeRequest{
		Email: acct.Email, Amount: amount * 100, Currency: "NGN", Reference: ref,
		CallbackURL: n.publicURL + "/pay/ng/return",
		Metadata:    map[string]string{"account_id": acct.ID},
	})
	if err != nil {
		return "", err
	}
	return init.AuthorizationURL, nil
}

// WaitForTransfer waits for a pay-with-transfer checkout, which can take a
// few minutes to land from the customer's bank.
func (n *NigeriaCheckout) WaitForTransfer(ctx context.Context, ref string) error {
	for i := 0; i < 30; i++ { // want "\\[pollbound\\] loop polling payment ref stops only when the payment succeeds \\(line 51\\):"
		v, err := n.ps.Verify(ctx, ref)
		if err == nil && v.Status == "success" {
			_, err := n.settler.Apply(ctx, ref, fmt.Sprint(v.ID))
			return err
		}
		time.Sleep(10 * time.Second)
	}
	return ErrStillPending
}
