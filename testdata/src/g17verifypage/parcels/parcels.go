// Package parcels is a net/http courier shop paid through a hosted
// invoice whose success URL is /parcels/pay/<orderID>/confirm?status=success.
// Its handlers are mounted by another package, so only their names and
// what they do are seen here.
package parcels

import (
	"context"
	"database/sql"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
)

// Orders is the order port.
type Orders interface {
	ConfirmPayment(ctx context.Context, orderID, status string) error
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
	if err := s.orders.ConfirmPayment(r.Context(), orderID, status); err != nil { // want `order fulfilled in the success-redirect handler`
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.Write([]byte("paid, thank you"))
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
