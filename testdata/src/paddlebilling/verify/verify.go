// Package verify: a seat-licence shop billed by Paddle (paddle-go-sdk v3),
// its webhooks on net/http with database/sql.
package verify

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	paddle "github.com/PaddleHQ/paddle-go-sdk/v3"
)

type Hooks struct {
	db     *sql.DB
	sdk    *paddle.SDK
	verify *paddle.WebhookVerifier
}

type notification struct {
	EventType string `json:"event_type"`
	Data      struct {
		ID         string `json:"id"`
		Status     string `json:"status"`
		CustomerID string `json:"customer_id"`
	} `json:"data"`
}

func Routes(mux *http.ServeMux, h *Hooks) {
	mux.HandleFunc("POST /paddle/webhook", h.seats)
	mux.HandleFunc("POST /paddle/webhook-errcheck", h.seatsErrOnly)
	// The SDK's own middleware calls seatsWrapped only when Verify passed.
	mux.Handle("POST /paddle/webhook-wrapped", h.verify.Middleware(http.HandlerFunc(h.seatsWrapped)))
}

func decode(r *http.Request) (notification, error) {
	var n notification
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return n, err
	}
	err = json.Unmarshal(body, &n)
	return n, err
}

func (h *Hooks) activate(ctx context.Context, n notification) error {
	_, err := h.db.ExecContext(ctx, `UPDATE subscriptions SET status = 'active' WHERE paddle_id = $1`, n.Data.ID)
	return err
}

// Silent: both the error and ok are tested.
func (h *Hooks) seats(w http.ResponseWriter, r *http.Request) {
	ok, err := h.verify.Verify(r)
	if err != nil || !ok {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	n, err := decode(r)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if n.EventType == "subscription.activated" {
		if err := h.activate(r.Context(), n); err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Verify answers (false, nil) on a signature that does not match: the
// error alone lets a forged event through.
func (h *Hooks) seatsErrOnly(w http.ResponseWriter, r *http.Request) {
	if _, err := h.verify.Verify(r); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	n, err := decode(r)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if n.EventType == "subscription.activated" {
		if err := h.activate(r.Context(), n); err != nil { // want `checks only the error of paddle WebhookVerifier.Verify`
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Silent: served behind the SDK's verifying middleware.
func (h *Hooks) seatsWrapped(w http.ResponseWriter, r *http.Request) {
	n, err := decode(r)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if n.EventType == "subscription.activated" {
		if err := h.activate(r.Context(), n); err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
