// Package wallet tops up a car-sharing app's prepaid wallets paid with
// Mollie; main serves each fasthttp handler on a listener of its own.
package wallet

import (
	"context"
	"net/http"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/valyala/fasthttp"
)

// Balances credits wallets.
type Balances interface {
	Credit(ctx context.Context, paymentID string) error
}

// Ledger records processed payments; Record reports whether the id is new.
type Ledger interface {
	Record(ctx context.Context, paymentID string) (bool, error)
}

// Wallets tops up wallets.
type Wallets struct {
	balances Balances
	ledger   Ledger
	mollie   *mollie.Client
}

// New returns the handlers.
func New(b Balances, l Ledger, c *mollie.Client) *Wallets {
	return &Wallets{balances: b, ledger: l, mollie: c}
}

// TopUp is Mollie's webhookUrl: it credits the wallet on every delivery.
func (s *Wallets) TopUp(ctx *fasthttp.RequestCtx) {
	c := context.Background()
	_, p, err := s.mollie.Payments.Get(c, string(ctx.FormValue("id")), nil)
	if err != nil {
		ctx.Error("mollie", http.StatusServiceUnavailable)
		return
	}
	if p.Status != "paid" {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	if err := s.balances.Credit(c, p.ID); err != nil {
		ctx.Error("store", http.StatusInternalServerError)
		return
	}
	ctx.SetStatusCode(http.StatusOK)
}

// TopUpOnce records the payment id first and credits only a new one
// (Record: INSERT … ON CONFLICT DO NOTHING, rows affected).
func (s *Wallets) TopUpOnce(ctx *fasthttp.RequestCtx) {
	c := context.Background()
	_, p, err := s.mollie.Payments.Get(c, string(ctx.FormValue("id")), nil)
	if err != nil {
		ctx.Error("mollie", http.StatusServiceUnavailable)
		return
	}
	if p.Status != "paid" {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	fresh, err := s.ledger.Record(c, p.ID)
	if err != nil || !fresh {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	if err := s.balances.Credit(c, p.ID); err != nil {
		ctx.Error("store", http.StatusInternalServerError)
		return
	}
	ctx.SetStatusCode(http.StatusOK)
}

// Kiosk is the station kiosk's own form: it posts the payment id and the
// amount the rider chose, and credits after checking the payment.
func (s *Wallets) Kiosk(ctx *fasthttp.RequestCtx) {
	c := context.Background()
	_, p, err := s.mollie.Payments.Get(c, string(ctx.FormValue("id")), nil)
	if err != nil || p.Status != "paid" || len(ctx.FormValue("amount")) == 0 {
		ctx.SetStatusCode(http.StatusPaymentRequired)
		return
	}
	_ = s.balances.Credit(c, p.ID)
	ctx.SetStatusCode(http.StatusOK)
}

// Back is the rider's browser coming back to the app (the redirectUrl).
func (s *Wallets) Back(ctx *fasthttp.RequestCtx) {
	c := context.Background()
	_, p, err := s.mollie.Payments.Get(c, string(ctx.QueryArgs().Peek("id")), nil)
	if err != nil || p.Status != "paid" {
		_, _ = ctx.WriteString("not paid yet")
		return
	}
	_ = s.balances.Credit(c, p.ID)
	_, _ = ctx.WriteString("topped up")
}
