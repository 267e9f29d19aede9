package billing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"audit26/gymchain/dlocal"
	"audit26/gymchain/domain"
	"audit26/gymchain/pagarme"
	"audit26/gymchain/platform"
	"audit26/gymchain/store"
)

var (
	ErrDeclined = errors.New("payment declined")
	ErrTimeout  = errors.New("payment not confirmed in time")
)

// DayPasses sells day passes at the door tablet.
type DayPasses struct {
	pm        *pagarme.Client
	dl        *dlocal.Client
	passes    *store.DayPasses
	notifyURL string
}

func NewDayPasses(pm *pagarme.Client, dl *dlocal.Client, passes *store.DayPasses, notifyURL string) *DayPasses {
	return &DayPasses{pm: pm, dl: dl, passes: passes, notifyURL: notifyURL}
}

func pixOrder(p domain.DayPass, name string) pagarme.OrderRequest {
	return pagarme.OrderRequest{
		Code:     p.ID,
		Customer: pagarme.Customer{Name: name, Document: p.Document, Type: "individual"},
		Items:    []pagarme.Item{{Amount: p.Cents, Description: "Diária", Quantity: 1, Code: "daypass"}},
		Payments: []pagarme.PaymentSpec{{PaymentMethod: "pix", Pix: &pagarme.PixSpec{ExpiresIn: 1800}}},
	}
}

// SellPix creates the Pix charge shown as a QR code on the tablet and
// follows it in the background.
func (s *DayPasses) SellPix(ctx context.Context, p domain.DayPass, name string) (*pagarme.Charge, error) {
	if err := s.passes.Insert(ctx, p); err != nil {
		return nil, err
	}
	order, err := s.pm.CreateOrder(ctx, pixOrder(p, name), "daypass-"+p.ID)
	if err != nil {
		return nil, err
	}
	ch := order.Charges[0]
	if err := s.passes.SetCharge(ctx, p.ID, "pagarme", ch.ID); err != nil {
		return nil, err
	}
	go func() {
		wctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
		defer cancel()
		if err := s.await(wctx, p, name, ch.ID); err != nil {
			slog.Warn("day pass not paid", "pass", p.ID, "err", err)
		}
	}()
	return &ch, nil
}

func (s *DayPasses) await(ctx context.Context, p domain.DayPass, name, chargeID string) error {
	// the tablet screen times out long before the Pix itself (30 min) does
	expires := time.Now().Add(3 * time.Minute)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		c, err := s.pm.GetCharge(ctx, chargeID)
		if err == nil {
			switch c.Status {
			case "paid":
				return s.passes.Issue(ctx, p.ID)
			case "failed", "canceled":
				return s.passes.SetStatus(ctx, p.ID, "failed")
			}
		}
		if time.Now().After(expires) {
			// the QR screen on the tablet timed out; put a fresh one up for the member
			order, err := s.pm.CreateOrder(ctx, pixOrder(p, name), "") // want "\\[pollcreate\\] new payment created inside the loop that polls payment chargeID \\(line 70\\):"
			if err != nil {
				return err
			}
			chargeID = order.Charges[0].ID
			_ = s.passes.SetCharge(ctx, p.ID, "pagarme", chargeID)
			expires = time.Now().Add(3 * time.Minute)
		}
		time.Sleep(3 * time.Second)
	}
}

// ChargeCard charges a card read at the tablet (Brazil, Pagar.me) and waits
// for the acquirer's answer while the member stands at the turnstile.
func (s *DayPasses) ChargeCard(ctx context.Context, p domain.DayPass, name, cardID string) (*pagarme.Charge, error) {
	req := pixOrder(p, name)
	req.Payments = []pagarme.PaymentSpec{{PaymentMethod: "credit_card", CreditCard: &pagarme.CreditCard{CardID: cardID, Installments: 1, Capture: true}}}
	order, err := s.pm.CreateOrder(ctx, req, "daypass-card-"+p.ID)
	if err != nil {
		return nil, err
	}
	return s.awaitCard(ctx, p.ID, order.Charges[0].ID)
}

func (s *DayPasses) awaitCard(ctx context.Context, passID, chargeID string) (*pagarme.Charge, error) {
	tick := time.NewTicker(750 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 750ms: the provider's limit is one poll per"
	defer tick.Stop()
	timeout := time.After(40 * time.Second)
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-timeout:
			return nil, ErrTimeout
		case <-tick.C:
		}
		c, err := s.pm.GetCharge(ctx, chargeID)
		if err != nil {
			continue
		}
		switch c.Status {
		case "paid":
			return c, s.passes.Issue(ctx, passID)
		case "failed", "canceled":
			return c, ErrDeclined
		}
	}
}

// SellCardMX charges a day pass in Mexico or Colombia through dLocal.
func (s *DayPasses) SellCardMX(ctx context.Context, p domain.DayPass, payer dlocal.Payer, cardToken string, country domain.Country) (*dlocal.Payment, error) {
	if err := s.passes.Insert(ctx, p); err != nil {
		return nil, err
	}
	for attempt := 1; attempt <= 3; attempt++ {
		orderID := fmt.Sprintf("%s-%d", p.ID, attempt)
		pay, err := s.dl.CreatePayment(ctx, dlocal.PaymentRequest{ // audit: reported at this line, by idempotency (a new order_id and key per pass) (pollcreate): when the Poller gives up with the payment still PENDING the loop pays again under a new order_id and key (also idempotency: new key per pass) // want "\\[idempotency\\] dlocal\\.Client\\.CreatePayment \\(POST /payments\\) is retried by a for loop \\(line"
			Amount:            float64(p.Cents) / 100,
			Currency:          country.Currency(),
			Country:           string(country),
			PaymentMethodID:   "CARD",
			PaymentMethodFlow: "DIRECT",
			Payer:             payer,
			OrderID:           orderID,
			NotificationURL:   s.notifyURL,
			Card:              &dlocal.Card{CardID: cardToken},
		}, orderID)
		if err != nil {
			return nil, err
		}
		_ = s.passes.SetCharge(ctx, p.ID, "dlocal", pay.ID)
		poll := platform.Poller[*dlocal.Payment]{
			Every:   3 * time.Second,
			Timeout: 45 * time.Second,
			Fetch:   func(ctx context.Context) (*dlocal.Payment, error) { return s.dl.GetPayment(ctx, pay.ID) },
			Done:    func(p *dlocal.Payment) bool { return p.Status != "PENDING" },
		}
		got, settled, err := poll.Until(ctx)
		if err != nil {
			return nil, err
		}
		if settled {
			if got.Status == "PAID" {
				return got, s.passes.Issue(ctx, p.ID)
			}
			return got, ErrDeclined
		}
		slog.Info("day pass payment still pending, retrying", "pass", p.ID, "attempt", attempt)
	}
	return nil, ErrTimeout
}
