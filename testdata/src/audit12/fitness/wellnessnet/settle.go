package wellnessnet

import (
	"context"
	"fmt"
	"log"
	"time"

	"audit12/fitness/domain"
)

// Settler collects corporate wellness invoices.
type Settler struct {
	api      *Client
	invoices domain.InvoiceStore
	payer    func(companyID string) string
}

func NewSettler(api *Client, invoices domain.InvoiceStore, payerAccount func(companyID string) string) *Settler {
	return &Settler{api: api, invoices: invoices, payer: payerAccount}
}

// Settle submits a payment order for the invoice and follows it until the
// network settles or rejects it.
func (s *Settler) Settle(ctx context.Context, inv domain.Invoice) error {
	in := OrderInput{
		InvoiceRef:   inv.ID,
		PayerAccount: s.payer(inv.CompanyID),
		AmountCents:  inv.AmountCents,
		Currency:     inv.Currency,
	}
	po, err := s.api.CreatePaymentOrder(ctx, in)
	if err != nil {
		return fmt.Errorf("create payment order: %w", err)
	}
	submitted := time.Now()
	for i := 0; i < 600; i++ {
		cur, err := s.api.GetPaymentOrder(ctx, po.ID)
		if err != nil {
			return err
		}
		switch cur.Status {
		case "SETTLED":
			return s.invoices.MarkPaid(ctx, inv.ID, cur.ID)
		case "REJECTED", "EXPIRED":
			return s.invoices.MarkFailed(ctx, inv.ID, cur.Status)
		}
		if cur.Status == "CREATED" && time.Since(submitted) > 10*time.Minute {
			log.Printf("b2bpaynet: order %s for invoice %s not picked up by the payer bank, resubmitting", po.ID, inv.ID)
			if po, err = s.api.CreatePaymentOrder(ctx, in); err != nil { // audit: missed idempotency: the resubmission gets a fresh uuid key from the client, so the network takes it for a new order // want "\\[pollcreate\\] new payment created inside the loop that polls payment po.ID \\(line 37\\)"
				return err
			}
			submitted = time.Now()
		}
		time.Sleep(pollEvery) // want "\\[pollinterval\\] payment status polled every 1.5s"
	}
	return domain.ErrStillPending
}
