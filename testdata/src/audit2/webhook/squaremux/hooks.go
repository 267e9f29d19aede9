package squaremux

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgxpool"
	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/client"
)

type squareEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Payment struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
				Status  string `json:"status"`
				Amount  int64  `json:"amount"`
			} `json:"payment"`
		} `json:"object"`
	} `json:"data"`
}

type Hooks struct {
	sq       *client.Client
	pool     *pgxpool.Pool
	shipping *ShippingClient
	sigKey   string
	url      string
}

func (h *Hooks) verified(w http.ResponseWriter, r *http.Request) (*squareEvent, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil || len(body) == 0 {
		http.Error(w, "empty", http.StatusBadRequest)
		return nil, false
	}
	err = h.sq.Webhooks.VerifySignature(r.Context(), &square.VerifySignatureRequest{
		RequestBody: string(body), SignatureHeader: r.Header.Get("x-square-hmacsha256-signature"),
		SignatureKey: h.sigKey, NotificationURL: h.url,
	})
	if err != nil {
		http.Error(w, "bad signature", http.StatusForbidden)
		return nil, false
	}
	var evt squareEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return nil, false
	}
	return &evt, true
}

// markPaidOnce is a compare-and-set: false when the order was already paid.
func (h *Hooks) markPaidOnce(r *http.Request, orderID string) (bool, error) {
	tag, err := h.pool.Exec(r.Context(),
		`UPDATE orders SET status = 'paid' WHERE square_order_id = $1 AND status = 'pending'`, orderID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// PaymentUpdated ships the order once it is paid.
func (h *Hooks) PaymentUpdated(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verified(w, r)
	if !ok {
		return
	}
	p := evt.Data.Object.Payment
	if p.Status != "COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	first, err := h.markPaidOnce(r, p.OrderID)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if first {
		if err := h.shipping.CreateLabel(r.Context(), p.OrderID); err != nil { // want "\\[webhookack\\] "
			log.Printf("label for %s: %v", p.OrderID, err)
		}
	}
	w.WriteHeader(http.StatusOK)
}

// PaymentUpdatedFlushed answers first, then creates the label.
func (h *Hooks) PaymentUpdatedFlushed(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verified(w, r)
	if !ok {
		return
	}
	p := evt.Data.Object.Payment
	first, err := h.markPaidOnce(r, p.OrderID)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	if err := http.NewResponseController(w).Flush(); err != nil {
		log.Printf("flush: %v", err)
	}
	if first {
		_ = h.shipping.CreateLabel(r.Context(), p.OrderID)
	}
}

// Fulfilment acknowledges, then prints the label (the status is buffered).
func (h *Hooks) Fulfilment(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verified(w, r)
	if !ok {
		return
	}
	p := evt.Data.Object.Payment
	first, err := h.markPaidOnce(r, p.OrderID)
	if err != nil || !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusOK)
	_ = h.shipping.CreateLabel(r.Context(), p.OrderID) // want "\\[webhookack\\] "
}

// OrderCanceled refunds the payment of a cancelled order.
func (h *Hooks) OrderCanceled(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verified(w, r)
	if !ok {
		return
	}
	p := evt.Data.Object.Payment
	amount := p.Amount
	_, err := h.sq.Refunds.RefundPayment(r.Context(), &square.RefundPaymentRequest{ // want "\\[webhookdedupe\\] " "\\[webhookack\\] "
		IdempotencyKey: uuid.NewString(),
		AmountMoney:    &square.Money{Amount: &amount},
		PaymentID:      &p.ID,
	})
	if err != nil {
		http.Error(w, "refund failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
