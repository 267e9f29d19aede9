package billing

import (
	"context"
	"errors"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit23/wineclub/dd"
	"audit23/wineclub/domain"
	"audit23/wineclub/molliepay"
	"audit23/wineclub/platform"
)

// ChargeNow bills one EU invoice immediately for the support team and
// waits a little for the outcome.
func (s *Service) ChargeNow(ctx context.Context, inv domain.BoxInvoice) error {
	m, err := s.members.Get(ctx, inv.MemberID)
	if err != nil {
		return err
	}
	req := molliepay.RecurringRequest{
		CustomerID: m.MollieCustomerID, MandateID: m.MollieMandateID,
		Amount: inv.Amount, Description: "Wine club box " + inv.Quarter,
	}
	for try := 0; try < 3; try++ {
		p, err := s.mollie.Recurring(ctx, "", req) // want "\\[idempotency\\] molliepay\\.Client\\.Recurring \\(POST /v2/payments\\) is retried by a for loop" "\\[pollcreate\\] payment molliepay\\.Client\\.Recurring \\(POST /v2/payments\\) made again on every"
		if err != nil {
			return err
		}
		var final *molliepay.Payment
		err = platform.WaitFor(ctx, 5*time.Second, 90*time.Second, func(ctx context.Context) (bool, error) {
			got, err := s.mollie.Payment(ctx, p.ID)
			if err != nil {
				return false, err
			}
			final = &molliepay.Payment{ID: got.ID, Status: string(got.Status)}
			return molliepay.Final(got.Status), nil
		})
		if errors.Is(err, platform.ErrGaveUp) {
			s.log.Warn("charge not settled yet, trying again", "invoice", inv.ID, "payment", p.ID)
			continue
		}
		if err != nil {
			return err
		}
		if final.Status == "paid" {
			return s.invoices.Submitted(ctx, inv.ID, p.ID)
		}
		return domain.ErrDeclined
	}
	return domain.ErrPending
}

// CollectNow collects one UK invoice immediately and follows it until the
// bank has picked it up.
func (s *Service) CollectNow(ctx context.Context, inv domain.BoxInvoice) error {
	m, err := s.members.Get(ctx, inv.MemberID)
	if err != nil {
		return err
	}
	p, err := s.dd.Collect(ctx, inv, m.GCMandateID, gocardless.WithIdempotencyKey("box-"+inv.ID))
	if err != nil {
		return err
	}
	if err := s.invoices.Submitted(ctx, inv.ID, p.Id); err != nil {
		return err
	}
	created := time.Now()
	deadline := time.After(20 * time.Minute)
	for { // audit: lookalike pollbound: bounded by the 20-minute deadline and ctx, and dd.Outcome exits on failed/cancelled as well as confirmed
		cur, err := s.dd.Payment(ctx, p.Id)
		if err != nil {
			return err
		}
		if st, final := dd.Outcome(cur.Status); final {
			return s.invoices.SetInvoiceStatusByRef(ctx, p.Id, st)
		}
		if cur.Status == "pending_submission" && time.Since(created) > 5*time.Minute {
			p, err = s.dd.Collect(ctx, inv, m.GCMandateID, gocardless.WithIdempotencyKey("box-"+inv.ID+"-resubmit")) // want "\\[pollcreate\\] new payment created inside the loop that polls payment p\\.Id \\(line 72\\): keep"
			if err != nil {
				return err
			}
			created = time.Now()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-deadline:
			return domain.ErrPending
		case <-time.After(20 * time.Second):
		}
	}
}

// RestartFirstPayment follows a new member's first Mollie payment and
// opens a fresh checkout when the first one failed or expired.
func (s *Service) RestartFirstPayment(ctx context.Context, m *domain.Member, paymentID, redirect string) (string, error) {
	for i := 0; i < 30; i++ {
		p, err := s.mollie.Payment(ctx, paymentID)
		if err != nil {
			return "", err
		}
		switch p.Status {
		case "paid":
			return p.ID, nil
		case "failed", "expired", "canceled":
			fresh, err := s.mollie.Checkout(ctx, "first-"+m.ID+"-"+p.ID, "Wine club membership", domain.Money{Cents: 100, Currency: "EUR"}, redirect) // audit: lookalike pollcreate: a new checkout is opened only after the polled payment reached failed/expired/canceled
			if err != nil {
				return "", err
			}
			return fresh.ID, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(10 * time.Second):
		}
	}
	return "", domain.ErrPending
}
