// Package molliehooks is a merchant's own package whose name contains a
// provider's ("mollie"): it is the merchant's code, summarised and judged
// like any other (a provider's SDK is told by its module path).
package molliehooks

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"net/smtp"

	"github.com/plutov/paypal/v4"
)

type paymentNotice struct {
	ID      string `json:"id"`
	OrderID string `json:"order_id"`
	Email   string `json:"email"`
	Cents   int64  `json:"cents"`
}

// Wallets credits customers' wallets.
type Wallets struct{ db *sql.DB }

// AddFunds adds to the balance: repeated, it credits twice.
func (w *Wallets) AddFunds(ctx context.Context, orderID string, cents int64) error {
	_, err := w.db.ExecContext(ctx, `UPDATE wallets SET balance = balance + $1 WHERE order_id = $2`, cents, orderID)
	return err
}

// ClaimNotice records the notice id; false when it was seen before.
func (w *Wallets) ClaimNotice(ctx context.Context, id string) (bool, error) {
	res, err := w.db.ExecContext(ctx, `INSERT INTO processed_notices (id) VALUES ($1) ON CONFLICT DO NOTHING`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func receipt(to, orderID string) error {
	return smtp.SendMail("smtp.example:25", nil, "shop@example", []string{to}, []byte("paid "+orderID))
}

type Server struct {
	wallets *Wallets
	pp      *paypal.Client
}

func (s *Server) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /hooks/mollie/topup", s.topUpEveryTime)
	mux.HandleFunc("POST /hooks/mollie/topup-once", s.topUpOnce)
	mux.HandleFunc("GET /checkout/return", s.returnPage)
}

// topUpEveryTime credits and mails on each delivery of the same notice.
func (s *Server) topUpEveryTime(w http.ResponseWriter, r *http.Request) {
	var n paymentNotice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if err := s.wallets.AddFunds(r.Context(), n.OrderID, n.Cents); err != nil { // want `webhook handler credits the balance \(molliehooks.Wallets.AddFunds: .*\) on every delivery of the event`
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	_ = receipt(n.Email, n.OrderID) // want `webhook handler sends a message \(molliehooks.receipt: smtp.SendMail\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// topUpOnce: the notice id is recorded first; a repeat answers 200.
func (s *Server) topUpOnce(w http.ResponseWriter, r *http.Request) {
	var n paymentNotice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	first, err := s.wallets.ClaimNotice(r.Context(), n.ID)
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := s.wallets.AddFunds(r.Context(), n.OrderID, n.Cents); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	_ = receipt(n.Email, n.OrderID)
	w.WriteHeader(http.StatusOK)
}

// returnPage is the buyer's GET return after checkout: it reads the
// payment back from the provider before crediting. Not a webhook delivery
// (the redirect rules judge it), so not this rule's.
func (s *Server) returnPage(w http.ResponseWriter, r *http.Request) {
	order := r.URL.Query().Get("token")
	res, err := s.pp.CaptureOrder(r.Context(), order, paypal.CaptureOrderRequest{})
	if err != nil || res.Status != paypal.OrderStatusCompleted {
		http.Redirect(w, r, "/checkout/failed", http.StatusFound)
		return
	}
	_ = s.wallets.AddFunds(r.Context(), order, 500)
	http.Redirect(w, r, "/wallet", http.StatusFound)
}
