// Package webhooks receives the payment providers' notifications.
package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"audit13/foodhub/domain"
)

// OrderStore is the part of the order store the webhooks use.
type OrderStore interface {
	Get(ctx context.Context, id string) (*domain.Order, error)
	ByProviderRef(ctx context.Context, ref string) (*domain.Order, error)
	MarkPaid(ctx context.Context, id string) error
	MarkPaidIfPending(ctx context.Context, id string) (bool, error)
	MarkFailed(ctx context.Context, id, reason string) error
	AddCashback(ctx context.Context, customerID string, amountMinor int64) error
}

// Ledger books restaurant earnings.
type Ledger interface {
	CreditRestaurant(ctx context.Context, restaurantID, orderID string, amountMinor int64) error
}

// SquareHooks handles Square's payment notifications for partner
// restaurants. Signatures are checked by sigcheck.Square in front of it.
type SquareHooks struct {
	orders OrderStore
	ledger Ledger
	// shareBP is the restaurant's share in basis points.
	shareBP int64
}

// NewSquareHooks returns the Square handlers.
func NewSquareHooks(orders OrderStore, ledger Ledger, shareBP int64) *SquareHooks {
	return &SquareHooks{orders: orders, ledger: ledger, shareBP: shareBP}
}

type squareEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Payment struct {
				ID          string `json:"id"`
				Status      string `json:"status"`
				OrderID     string `json:"order_id"`
				AmountMoney struct {
					Amount int64 `json:"amount"`
				} `json:"amount_money"`
			} `json:"payment"`
		} `json:"object"`
	} `json:"data"`
}

// Payment handles payment.created and payment.updated.
func (h *SquareHooks) Payment(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var evt squareEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	p := evt.Data.Object.Payment
	if evt.Type != "payment.updated" || p.Status != "COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	o, err := h.orders.ByProviderRef(ctx, p.OrderID)
	if err != nil {
		log.Printf("square %s: order %s: %v", evt.EventID, p.OrderID, err)
		http.Error(w, "unknown order", http.StatusInternalServerError)
		return
	}
	if err := h.orders.MarkPaid(ctx, o.ID); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	share := p.AmountMoney.Amount * h.shareBP / 10000
	if err := h.ledger.CreditRestaurant(ctx, o.RestaurantID, o.ID, share); err != nil { // want "\\[webhookdedupe\\] webhook handler fulfils the order \\(webhooks.Ledger.CreditRestaurant\\) on every delivery"
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
