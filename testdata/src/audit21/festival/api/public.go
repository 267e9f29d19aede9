// Package api holds the HTTP handlers: the public web shop (hertz), the
// staff and booth API (iris), the ticket shop's PayPal endpoints (beego)
// and the Adyen notification endpoint (fasthttp).
package api

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/google/uuid"

	"audit21/festival/adyenpay"
	"audit21/festival/molliepay"
	"audit21/festival/platform"
	"audit21/festival/store"
	"audit21/festival/tickets"
	"audit21/festival/wallet"
)

// Public serves the attendee-facing web shop.
type Public struct {
	TopUps *store.TopUps
	Adyen  *adyenpay.Client
	Mollie *molliepay.Gateway
	Wallet *wallet.Service
	Shop   *tickets.Shop
	Log    *slog.Logger
}

// Routes mounts the public routes.
func (p *Public) Routes(h *server.Hertz) {
	h.POST("/api/topups", p.startTopUp)
	h.GET("/topup/return", p.topUpReturn)
	h.GET("/topup/adyen/redirect", p.adyenRedirect)
	h.GET("/topup/done", p.topUpDone)
	h.POST("/api/tickets", p.buyTickets)
	h.GET("/tickets/paypal/return", p.ticketsReturn)
}

type topUpRequest struct {
	Wristband string `json:"wristband"`
	Amount    int64  `json:"amount_cents"`
	Method    string `json:"method"` // card, ideal, bancontact
}

func (p *Public) startTopUp(c context.Context, rc *app.RequestContext) {
	var req topUpRequest
	if err := rc.Bind(&req); err != nil || req.Amount < 500 || req.Amount > 50000 {
		rc.JSON(http.StatusBadRequest, map[string]string{"error": "invalid top-up"})
		return
	}
	t := &store.TopUp{
		ID:          uuid.NewString(),
		WristbandID: req.Wristband,
		AmountCents: platform.Cents(req.Amount),
		Currency:    "EUR",
		Status:      store.TopUpPending,
		CreatedAt:   time.Now().UTC(),
	}
	if req.Method == "card" {
		t.Channel = store.ChannelAdyen
	} else {
		t.Channel = store.ChannelMollie
	}
	if err := p.TopUps.Insert(c, t); err != nil {
		rc.JSON(http.StatusInternalServerError, map[string]string{"error": "try again"})
		return
	}
	if t.Channel == store.ChannelAdyen {
		s, err := p.Adyen.StartSession(c, t)
		if err != nil {
			p.Log.ErrorContext(c, "adyen session", "topup", t.ID, "err", err)
			rc.JSON(http.StatusBadGateway, map[string]string{"error": "payment provider unavailable"})
			return
		}
		_ = p.TopUps.SetProviderRef(c, t.ID, s.ID)
		rc.JSON(http.StatusOK, map[string]string{"topup": t.ID, "sessionId": s.ID, "sessionData": s.Data})
		return
	}
	pay, err := p.Mollie.Create(c, t, molliepay.Method(req.Method))
	if err != nil {
		rc.JSON(http.StatusBadGateway, map[string]string{"error": "payment provider unavailable"})
		return
	}
	_ = p.TopUps.SetProviderRef(c, t.ID, pay.ID)
	rc.JSON(http.StatusOK, map[string]string{"topup": t.ID, "payment": pay.ID})
}

// topUpReturn is where Drop-in sends the shopper once onPaymentCompleted
// fires; the shop's JavaScript appends the result code it got.
func (p *Public) topUpReturn(c context.Context, rc *app.RequestContext) {
	ref := rc.Query("ref")
	if rc.Query("resultCode") == "Authorised" {
		t, err := p.TopUps.ByID(c, ref)
		if err == nil && t.Status == store.TopUpPending {
			if err := p.TopUps.MarkPaid(c, t.ID); err == nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(ref\\)"
				_ = p.Wallet.CreditPaid(c, t) // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(ref\\)"
			}
		}
	}
	rc.Redirect(http.StatusFound, []byte("/wallet?ref="+ref))
}

// adyenRedirect finishes redirect methods (3DS, bank apps) with
// /payments/details.
func (p *Public) adyenRedirect(c context.Context, rc *app.RequestContext) {
	ref := rc.Query("ref")
	code, psp, err := p.Adyen.Details(c, rc.Query("redirectResult"))
	if err != nil {
		rc.Redirect(http.StatusFound, []byte("/topup/done?ref="+ref))
		return
	}
	if code == "Authorised" {
		_ = p.TopUps.SetProviderRef(c, ref, psp)
		if err := p.Wallet.Confirm(c, ref); err != nil { // audit: lookalike redirectfulfill: the result code comes from Adyen's /payments/details answer for this redirectResult, not from the query string
			p.Log.ErrorContext(c, "confirm top-up", "topup", ref, "err", err)
		}
	}
	rc.Redirect(http.StatusFound, []byte("/topup/done?ref="+ref))
}

// topUpDone shows the state we have; the webhook settles the top-up.
func (p *Public) topUpDone(c context.Context, rc *app.RequestContext) {
	t, err := p.TopUps.ByID(c, rc.Query("ref"))
	if err != nil {
		rc.JSON(http.StatusNotFound, map[string]string{"error": "unknown top-up"})
		return
	}
	state := "processing"
	if t.Status == store.TopUpPaid {
		state = "paid"
	}
	rc.JSON(http.StatusOK, map[string]string{"topup": t.ID, "state": state}) // audit: lookalike redirectfulfill: the success page only reports our stored state ("processing" until the webhook settles it) and changes nothing
}

type ticketRequest struct {
	Email string `json:"email"`
	Kind  string `json:"kind"`
	Qty   int    `json:"qty"`
}

var prices = map[string]int64{tickets.KindWeekend: 18900, tickets.KindDay: 7900, tickets.KindVIP: 9900}

func (p *Public) buyTickets(c context.Context, rc *app.RequestContext) {
	var req ticketRequest
	if err := rc.Bind(&req); err != nil || prices[req.Kind] == 0 || req.Qty < 1 || req.Qty > 8 {
		rc.JSON(http.StatusBadRequest, map[string]string{"error": "invalid order"})
		return
	}
	o := &store.TicketOrder{
		ID: uuid.NewString(), Email: req.Email, Kind: req.Kind, Quantity: req.Qty,
		AmountCents: prices[req.Kind] * int64(req.Qty), Status: tickets.OrderCreated, CreatedAt: time.Now().UTC(),
	}
	if err := p.Shop.Orders().Create(c, o); err != nil {
		rc.JSON(http.StatusInternalServerError, map[string]string{"error": "try again"})
		return
	}
	ppo, err := p.Shop.Start(c, o)
	if err != nil {
		rc.JSON(http.StatusBadGateway, map[string]string{"error": "paypal unavailable"})
		return
	}
	rc.JSON(http.StatusOK, map[string]string{"order": o.ID, "paypal_order": ppo.ID})
}

// ticketsReturn is PayPal's return_url: ?token=<order id>&PayerID=...
func (p *Public) ticketsReturn(c context.Context, rc *app.RequestContext) {
	o, err := p.Shop.Orders().ByPayPalOrder(c, rc.Query("token"))
	if err != nil {
		rc.Redirect(http.StatusFound, []byte("/tickets?error=unknown"))
		return
	}
	if rc.Query("PayerID") != "" && o.Status == tickets.OrderCreated {
		if err := p.Shop.Orders().SetStatus(c, o.ID, tickets.OrderPaid); err == nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's"
			_ = p.Shop.Issue(c, o)
		}
	}
	rc.Redirect(http.StatusFound, []byte("/tickets/thanks?order="+o.ID))
}
