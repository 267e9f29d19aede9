// Package kiosk serves the front-desk tablets: card payments on the Adyen
// terminal, wallet QR codes for the Swiss clubs and iDEAL QR codes for
// walk-ins in the Dutch clubs. It runs on fasthttp next to the desk.
package kiosk

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/fasthttp/router"
	"github.com/google/uuid"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/valyala/fasthttp"

	"audit20/sportsclub/platform"
	"audit20/sportsclub/psp"
	"audit20/sportsclub/twint"
)

// Desk is one club's front desk.
type Desk struct {
	terminal *psp.Terminal
	wallet   *twint.Client
	mollie   *psp.Mollie
	poiID    string
	every    time.Duration
	budget   time.Duration
}

// Option configures a Desk.
type Option func(*Desk)

// WithTerminalTiming sets how often and how long the desk waits for the
// terminal's answer.
func WithTerminalTiming(every, budget time.Duration) Option {
	return func(d *Desk) { d.every, d.budget = every, budget }
}

// New builds a desk.
func New(t *psp.Terminal, w *twint.Client, m *psp.Mollie, poiID string, opts ...Option) *Desk {
	d := &Desk{terminal: t, wallet: w, mollie: m, poiID: poiID, every: 3 * time.Second, budget: 90 * time.Second}
	for _, o := range opts {
		o(d)
	}
	return d
}

// Router returns the desk's routes.
func (d *Desk) Router() *router.Router {
	r := router.New()
	r.POST("/desk/card", d.card)
	r.POST("/desk/wallet", d.walletQR)
	r.POST("/desk/ideal", d.ideal)
	return r
}

func amount(ctx *fasthttp.RequestCtx) (string, int64, bool) {
	ref := string(ctx.FormValue("ref"))
	cents, err := strconv.ParseInt(string(ctx.FormValue("cents")), 10, 64)
	if ref == "" || err != nil || cents <= 0 {
		ctx.Error("ref and cents required", http.StatusBadRequest)
		return "", 0, false
	}
	return ref, cents, true
}

// card takes a payment on the desk terminal. If the terminal has not
// answered within the budget, the request is sent once more: the terminal
// sometimes drops the first one after waking up.
func (d *Desk) card(ctx *fasthttp.RequestCtx) {
	ref, cents, ok := amount(ctx)
	if !ok {
		return
	}
	c := context.Background()
	var res psp.TerminalResult
	for attempt := 1; attempt <= 2 && !res.Done; attempt++ {
		serviceID := uuid.NewString()[:10]
		if err := d.terminal.StartPayment(c, d.poiID, serviceID, ref, cents, string(ctx.FormValue("currency"))); err != nil { // want "\\[pollcreate\\] payment psp\\.Terminal\\.StartPayment \\(POST /async PaymentRequest\\) made again on every pass of the loop \\(line 81\\) after platform\\.Await \\(line 87\\) stops waiting while the payment may still be pending"
			ctx.Error("terminal unavailable", http.StatusBadGateway)
			return
		}
		_, err := platform.Await(c, d.budget, d.every, func(c context.Context) (bool, error) {
			r, err := d.terminal.Result(c, d.poiID, serviceID)
			if err != nil {
				return false, err
			}
			res = r
			return r.Done, nil
		})
		if err != nil {
			ctx.Error("terminal unavailable", http.StatusBadGateway)
			return
		}
	}
	writeJSON(ctx, map[string]interface{}{"done": res.Done, "approved": res.Approved, "psp_reference": res.PSPRef})
}

// walletQR shows a wallet QR code and waits at the desk until the customer
// pays. A QR code left for two minutes is replaced by a fresh one.
func (d *Desk) walletQR(ctx *fasthttp.RequestCtx) {
	ref, cents, ok := amount(ctx)
	if !ok {
		return
	}
	c := context.Background()
	p, err := d.wallet.StartPayment(c, "Desk "+ref, cents)
	if err != nil {
		ctx.Error("wallet unavailable", http.StatusBadGateway)
		return
	}
	shownAt := time.Now()
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) {
		cur, err := d.wallet.Payment(c, p.ID)
		if err == nil {
			switch cur.State {
			case twint.StateSuccess:
				writeJSON(ctx, map[string]interface{}{"paid": true, "payment": p.ID})
				return
			case twint.StateFailed, twint.StateCanceled, twint.StateExpired:
				writeJSON(ctx, map[string]interface{}{"paid": false, "state": cur.State})
				return
			}
		}
		if time.Since(shownAt) > 2*time.Minute {
			platform.L("kiosk").Info("qr stale, showing a new one", "ref", ref)
			if p, err = d.wallet.StartPayment(c, "Desk "+ref, cents); err != nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment p\\.ID \\(line 118\\)"
				ctx.Error("wallet unavailable", http.StatusBadGateway)
				return
			}
			shownAt = time.Now()
		}
		time.Sleep(3 * time.Second)
	}
	ctx.Error("customer did not pay", http.StatusRequestTimeout)
}

// ideal shows an iDEAL QR for a walk-in and waits for the bank.
func (d *Desk) ideal(ctx *fasthttp.RequestCtx) {
	ref, cents, ok := amount(ctx)
	if !ok {
		return
	}
	c, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	id, err := d.mollie.StartWalkIn(c, ref, cents, "EUR")
	if err != nil {
		ctx.Error("mollie unavailable", http.StatusBadGateway)
		return
	}
	wait := 2 * time.Second
	for { // audit: lookalike pollbound: bounded by the 5-minute context (select on c.Done) and leaves on paid as well as failed, canceled and expired
		select {
		case <-c.Done():
			writeJSON(ctx, map[string]interface{}{"paid": false, "state": "timeout", "payment": id})
			return
		case <-time.After(wait): // audit: lookalike pollinterval: starts at 2s and doubles up to 10s, under a 5-minute context
		}
		st, err := d.mollie.Status(c, id)
		if err != nil {
			continue
		}
		switch st {
		case components.PaymentResponseStatusPaid:
			writeJSON(ctx, map[string]interface{}{"paid": true, "payment": id})
			return
		case components.PaymentResponseStatusFailed, components.PaymentResponseStatusCanceled, components.PaymentResponseStatusExpired:
			writeJSON(ctx, map[string]interface{}{"paid": false, "state": string(st)})
			return
		}
		if wait < 10*time.Second {
			wait *= 2
		}
	}
}

func writeJSON(ctx *fasthttp.RequestCtx, v interface{}) {
	b, err := json.Marshal(v)
	if err != nil {
		ctx.Error(fmt.Sprint(err), http.StatusInternalServerError)
		return
	}
	ctx.SetStatusCode(http.StatusOK)
	_, _ = ctx.Write(b)
}
