package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"

	"audit17/printshop/cryptopay"
	"audit17/printshop/store"
)

// Fulfiller turns a paid order into a print order.
type Fulfiller interface {
	FulfilOrder(ctx context.Context, orderID string) error
}

// Coinbase handles Coinbase Commerce webhooks.
type Coinbase struct {
	secret    string
	orders    *store.Orders
	fulfiller Fulfiller
}

// NewCoinbase returns the Coinbase Commerce webhook handler.
func NewCoinbase(secret string, orders *store.Orders, f Fulfiller) *Coinbase {
	return &Coinbase{secret: secret, orders: orders, fulfiller: f}
}

type coinbaseEvent struct {
	ID    string `json:"id"`
	Event struct {
		ID   string `json:"id"`
		Type string `json:"type"`
		Data struct {
			Code     string            `json:"code"`
			Metadata map[string]string `json:"metadata"`
		} `json:"data"`
	} `json:"event"`
}

// Routes are the go-zero routes of the handler.
func (h *Coinbase) Routes() []rest.Route {
	return []rest.Route{{Method: http.MethodPost, Path: "/webhooks/coinbase", Handler: h.handle}}
}

func (h *Coinbase) handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	if h.secret != "" {
		if err := cryptopay.VerifyCoinbase(body, r.Header.Get("X-CC-Webhook-Signature"), h.secret); err != nil {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
	}
	var ev coinbaseEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	orderID := ev.Event.Data.Metadata["order_id"]
	switch ev.Event.Type {
	case "charge:confirmed", "charge:resolved":
		if err := h.orders.MarkPaid(r.Context(), orderID); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/coinbase skips signature verification when the secret is empty"
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		// audit: reported at cmd/printshopd/main.go:80 (webhookack, where main binds Fulfiller to orders.Service): FulfilOrder (bound in main to orders.Service) posts the order to the print partner (retry.Do around http.Client.Do) and mails the buyer (Mailer bound to SMTPMailer) before the handler answers (Exirom: respond 200 first, process async)
		if err := h.fulfiller.FulfilOrder(r.Context(), orderID); err != nil { // want "\\[webhookdedupe\\] webhook handler fulfils the order \\(webhooks.Fulfiller.FulfilOrder\\) on every delivery"
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	case "charge:failed":
		// the buyer gets the cart back; nothing to do here
	}
	httpx.OkJson(w, map[string]string{"received": ev.Event.ID})
}
