package checkout

import (
	"context"
	"fmt"
	"time"

	"audit24/pharmacy24/conekta"
	"audit24/pharmacy24/store"
)

func (s *Service) oxxoRequest(o *store.Order, email string) conekta.OrderRequest {
	return conekta.OrderRequest{
		Currency:     "MXN",
		CustomerInfo: map[string]string{"email": email, "name": o.PatientID},
		LineItems:    []conekta.LineItem{{Name: "Receta " + o.PrescriptionID, UnitPrice: o.AmountMinor, Quantity: 1}},
		Charges: []map[string]any{{
			"payment_method": map[string]any{"type": "oxxo_cash", "expires_at": time.Now().Add(72 * time.Hour).Unix()},
		}},
		Metadata: map[string]string{"order_id": o.ID},
	}
}

// IssueVoucher creates the OXXO voucher the patient pays in store.
func (s *Service) IssueVoucher(ctx context.Context, o *store.Order, email string) (*conekta.Order, error) {
	co, err := s.oxxo.CreateOrder(ctx, "oxxo-"+o.ID, s.oxxoRequest(o, email))
	if err != nil {
		return nil, err
	}
	return co, s.orders.SetProviderRef(ctx, o.ID, "conekta", co.ID)
}

// WatchVoucher follows an OXXO voucher; patients who have not paid after a
// day get a fresh voucher mailed so the reference does not lapse.
func (s *Service) WatchVoucher(ctx context.Context, o *store.Order, email string, every time.Duration) error {
	id := o.ProviderRef
	issued := o.CreatedAt
	round := 0
	for {
		co, err := s.oxxo.GetOrder(ctx, id)
		if err == nil {
			switch co.PaymentStatus {
			case "paid":
				return s.orders.MarkPaid(ctx, o.ID, co.ID)
			case "expired", "canceled":
				return s.orders.SetStatus(ctx, o.ID, "expired")
			}
			if time.Since(issued) > 24*time.Hour {
				round++
				fresh, err := s.oxxo.CreateOrder(ctx, fmt.Sprintf("oxxo-%s-%d", o.ID, round), s.oxxoRequest(o, email)) // want "\\[pollcreate\\] new payment created inside the loop that polls payment id \\(line 39\\): keep"
				if err == nil {
					id, issued = fresh.ID, time.Now()
					_ = s.orders.SetProviderRef(ctx, o.ID, "conekta", id)
				}
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(every):
		}
	}
}
