// Package courier is a net/http courier shop paid through a hosted
// invoice whose success URL is /parcels/pay/<orderID>/confirm?status=success.
// Its handlers are mounted by another package, so only their names and
// what they do are seen here.
package courier

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
)

// Orders is the order port.
type Orders interface {
	ConfirmPayment(ctx context.Context, orderID, status string) error
	VerifyPayment(ctx context.Context, orderID, status string) error
}

type sqlOrders struct{ db *sql.DB }

func (o *sqlOrders) ConfirmPayment(ctx context.Context, orderID, status string) error {
	st := "failed"
	if status == "success" {
		st = "paid"
	}
	_, err := o.db.ExecContext(ctx, "UPDATE orders SET payment_status = ? WHERE id = ?", st, orderID)
	return err
}

// VerifyPayment settles a pending order on success.
func (o *sqlOrders) VerifyPayment(ctx context.Context, orderID, status string) error {
	if status != "success" {
		return nil
	}
	_, err := o.db.ExecContext(ctx, "UPDATE orders SET payment_status = 'paid' WHERE id = ? AND payment_status = 'pending'", orderID)
	return err
}

func NewServer(db *sql.DB) *Server {
	return &Server{orders: &sqlOrders{db: db}, secret: os.Getenv("COURIER_WEBHOOK_SECRET")}
}

type Server struct {
	orders Orders
	secret string
}

// ConfirmPayment is the invoice's success URL: the order is settled on
// the query's word.
func (s *Server) ConfirmPayment(w http.ResponseWriter, r *http.Request) {
	orderID := chi.URLParam(r, "orderID")
	status := r.URL.Query().Get("status")
	if status != "success" && status != "failed" {
		http.Error(w, "bad status", http.StatusBadRequest)
		return
	}
	if err := s.orders.ConfirmPayment(r.Context(), orderID, status); err != nil { // a page: no webhook, no fail-open
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.Write([]byte("paid, thank you"))
}

// VerifyPayment is the same page handing the store a check named verify:
// the path's id and the query's outcome verify no sender.
func (s *Server) VerifyPayment(w http.ResponseWriter, r *http.Request) {
	orderID := chi.URLParam(r, "orderID")
	status := r.URL.Query().Get("status")
	if status == "" {
		http.Error(w, "status is required", http.StatusBadRequest)
		return
	}
	if err := s.orders.VerifyPayment(r.Context(), orderID, status); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.Write([]byte("ok"))
}

// MarkPaymentStatus is the support desk's setter: a setter's name, no
// buyer's page.
func (s *Server) MarkPaymentStatus(w http.ResponseWriter, r *http.Request) {
	orderID := chi.URLParam(r, "orderID")
	status := r.URL.Query().Get("status")
	if status != "success" && status != "failed" {
		http.Error(w, "bad status", http.StatusBadRequest)
		return
	}
	if err := s.orders.ConfirmPayment(r.Context(), orderID, status); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

type courierEvent struct {
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
}

// Webhook checks the courier's MAC only when a secret is configured: a
// real empty-secret fail-open, still a webhook.
func (s *Server) Webhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if s.secret != "" {
		m := hmac.New(sha256.New, []byte(s.secret))
		m.Write(body)
		if !hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(r.Header.Get("X-Courier-Signature"))) {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
	}
	var ev courierEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if err := s.orders.ConfirmPayment(r.Context(), ev.OrderID, ev.Status); err != nil { // want `skips signature verification when the secret is empty \(fails open\)`
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
