package hooks

import (
	"context"
	"encoding/json"
	"net/http"

	beecontext "github.com/beego/beego/v2/server/web/context"

	"audit19/marina/harbour"
	"audit19/marina/platform"
)

// FuelSales records paid fuel-dock sales.
type FuelSales interface {
	MarkCompleted(ctx context.Context, checkoutID, paymentID string) error
}

// Deliveries remembers notifications already handled.
type Deliveries interface {
	FirstDelivery(ctx context.Context, provider, eventID string) (bool, error)
}

// FuelLog keeps the litres sold for the harbour's environmental report.
type FuelLog interface {
	AddLitres(ctx context.Context, checkoutID string, litres float64) error
}

// Square handles Square Terminal notifications from the fuel dock.
type Square struct {
	signatureKey    string
	notificationURL string
	sales           FuelSales
	prices          *harbour.FuelPrices
	log             FuelLog
	seen            Deliveries
}

// NewSquare returns the Square hooks.
func NewSquare(signatureKey, notificationURL string, s FuelSales, p *harbour.FuelPrices, l FuelLog, d Deliveries) *Square {
	return &Square{signatureKey: signatureKey, notificationURL: notificationURL, sales: s, prices: p, log: l, seen: d}
}

type squareEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Checkout struct {
				ID          string   `json:"id"`
				Status      string   `json:"status"`
				PaymentIDs  []string `json:"payment_ids"`
				AmountMoney struct {
					Amount int64 `json:"amount"`
				} `json:"amount_money"`
			} `json:"checkout"`
		} `json:"object"`
	} `json:"data"`
}

// Handle is the beego handler for terminal.checkout.updated.
func (h *Square) Handle(ctx *beecontext.Context) {
	body := ctx.Input.RequestBody
	sig := ctx.Input.Header("x-square-hmacsha256-signature")
	if err := platform.VerifySquare(h.signatureKey, h.notificationURL, body, sig); err != nil {
		ctx.Output.SetStatus(http.StatusUnauthorized)
		return
	}
	var ev squareEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		ctx.Output.SetStatus(http.StatusBadRequest)
		return
	}
	co := ev.Data.Object.Checkout
	if ev.Type != "terminal.checkout.updated" || co.Status != "COMPLETED" {
		ctx.Output.SetStatus(http.StatusOK)
		return
	}
	bg := context.Background()
	first, err := h.seen.FirstDelivery(bg, "square", ev.EventID)
	if err != nil {
		ctx.Output.SetStatus(http.StatusInternalServerError)
		return
	}
	if !first {
		ctx.Output.SetStatus(http.StatusOK)
		return
	}
	pid := ""
	if len(co.PaymentIDs) > 0 {
		pid = co.PaymentIDs[0]
	}
	if err := h.sales.MarkCompleted(bg, co.ID, pid); err != nil { // want "\\[webhookverify\\] payment webhook Square.Handle skips signature verification when the secret is empty"
		ctx.Output.SetStatus(http.StatusInternalServerError)
		return
	}
	price, err := h.prices.CentsPerLitre(bg) // want "\\[webhookack\\] webhook handler calls harbour.FuelPrices.CentsPerLitre"
	if err == nil && price > 0 {
		_ = h.log.AddLitres(bg, co.ID, float64(co.AmountMoney.Amount)/float64(price))
	}
	ctx.Output.SetStatus(http.StatusOK)
}
