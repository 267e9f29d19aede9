// Package mercado collects freight invoices in Latin America through
// Mercado Pago (cards, Pix, boleto).
package mercado

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"

	"audit11/freight/domain"
)

// Mercado Pago payment statuses.
const (
	StatusApproved   = "approved"
	StatusPending    = "pending"
	StatusInProcess  = "in_process"
	StatusRejected   = "rejected"
	StatusCancelled  = "cancelled"
	StatusRefunded   = "refunded"
	StatusChargeBack = "charged_back"
)

// ErrRejected is returned when Mercado Pago rejects the payment.
var ErrRejected = errors.New("mercado: payment rejected")

// Collector creates and follows Mercado Pago payments.
type Collector struct {
	payments payment.Client
	reissue  time.Duration
}

// NewCollector builds a collector from an access token.
func NewCollector(accessToken string) (*Collector, error) {
	cfg, err := config.New(accessToken)
	if err != nil {
		return nil, err
	}
	return &Collector{payments: payment.NewClient(cfg), reissue: 10 * time.Minute}, nil
}

func request(inv *domain.Invoice, method, token string) payment.Request {
	return payment.Request{
		ExternalReference: inv.Number,
		PaymentMethodID:   method,
		Token:             token,
		TransactionAmount: float64(inv.AmountCents) / 100,
		Installments:      1,
	}
}

// Charge creates a payment, retrying transport failures.
func (c *Collector) Charge(ctx context.Context, inv *domain.Invoice, method, token string) (*payment.Response, error) {
	var lastErr error
	wait := 2 * time.Second
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := c.payments.Create(ctx, request(inv, method, token)) // want "\\[idempotency\\] mercadopago payment.Create is retried by a for loop \\(line 61\\) without an idempotency key"
		if err == nil {
			return resp, nil
		}
		lastErr = err
		log.Printf("mercado: create %s attempt %d: %v", inv.Number, attempt+1, err)
		time.Sleep(wait)
		wait *= 2
	}
	return nil, fmt.Errorf("mercado: create %s: %w", inv.Number, lastErr)
}

// Get reads a payment.
func (c *Collector) Get(ctx context.Context, id int) (*payment.Response, error) {
	return c.payments.Get(ctx, id)
}

// CollectPix creates a Pix charge and follows it until the shipper pays.
// Pix codes expire, so an unpaid charge is issued again after c.reissue.
func (c *Collector) CollectPix(ctx context.Context, inv *domain.Invoice) (*payment.Response, error) {
	p, err := c.payments.Create(ctx, request(inv, "pix", ""))
	if err != nil {
		return nil, err
	}
	issued := time.Now()
	for {
		cur, err := c.payments.Get(ctx, p.ID)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case StatusApproved:
			return cur, nil
		case StatusRejected, StatusCancelled:
			return cur, ErrRejected
		}
		if time.Since(issued) > c.reissue {
			p, err = c.payments.Create(ctx, request(inv, "pix", "")) // want "\\[pollcreate\\] new payment created inside the loop that polls payment p.ID \\(line 87\\)"
			if err != nil {
				return nil, err
			}
			issued = time.Now()
		}
		time.Sleep(5 * time.Second)
	}
}

// WaitApproved blocks until a boleto payment is approved.
func (c *Collector) WaitApproved(ctx context.Context, id int) (*payment.Response, error) {
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds"
		cur, err := c.payments.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		if cur.Status == StatusApproved {
			return cur, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(30 * time.Second):
		}
	}
}

// CheckoutCard tries the shipper's cards in order: a card is tried only
// once the previous card's payment was rejected.
func (c *Collector) CheckoutCard(ctx context.Context, inv *domain.Invoice, tokens []string) (*payment.Response, error) {
	if len(tokens) == 0 {
		return nil, errors.New("mercado: no card on file")
	}
	ctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	next := 0
	p, err := c.payments.Create(ctx, request(inv, "master", tokens[next]))
	if err != nil {
		return nil, err
	}
	wait := 2 * time.Second
	for {
		cur, err := c.payments.Get(ctx, p.ID)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case StatusApproved:
			return cur, nil
		case StatusRejected, StatusCancelled:
			next++
			if next == len(tokens) {
				return cur, ErrRejected
			}
			p, err = c.payments.Create(ctx, request(inv, "master", tokens[next]))
			if err != nil {
				return nil, err
			}
			wait = 2 * time.Second
			continue
		}
		select {
		case <-ctx.Done():
			return cur, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(wait*2, time.Minute)
	}
}
