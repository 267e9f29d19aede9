package webhooks

import (
	"context"
	"encoding/json"
	"net/http"

	"audit10/pharmacy/domain"
	"audit10/pharmacy/store"
)

type squareEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Payment struct {
				ID     string `json:"id"`
				Status string `json:"status"`
			} `json:"payment"`
		} `json:"object"`
	} `json:"data"`
}

type squareRefills interface {
	RefillByPayment(ctx context.Context, paymentID string) (*domain.Refill, error)
	MarkPaid(ctx context.Context, refillID, paymentID string) error
}

// Square handles Square payment webhooks for US refills.
type Square struct {
	st      *store.Store
	refills squareRefills
}

// NewSquare returns the Square webhook handler.
func NewSquare(st *store.Store, rs squareRefills) *Square {
	return &Square{st: st, refills: rs}
}

// Handle receives payment.updated events.
func (h *Square) Handle(w http.ResponseWriter, r *http.Request) {
	var evt squareEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	pay := evt.Data.Object.Payment
	if evt.Type != "payment.updated" || pay.Status != "COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	ctx := r.Context()
	fresh, err := h.st.RecordWebhookEvent(ctx, "square", evt.EventID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if !fresh {
		w.WriteHeader(http.StatusOK)
		return
	}
	rf, err := h.refills.RefillByPayment(ctx, pay.ID)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.refills.MarkPaid(ctx, rf.ID, pay.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
