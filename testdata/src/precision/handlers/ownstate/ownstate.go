// Package ownstate: success pages that grant from the merchant's own order
// state (written by the verified webhook), never from the redirect.
package ownstate

import (
	"context"
	"database/sql"
	"net/http"
	"time"
)

type Order struct {
	ID, UserID, Status string
}

type Service struct {
	db *sql.DB
}

func (s *Service) order(ctx context.Context, id string) (*Order, error) {
	var o Order
	err := s.db.QueryRowContext(ctx, "SELECT id, user_id, status FROM orders WHERE id = $1", id).Scan(&o.ID, &o.UserID, &o.Status)
	return &o, err
}

func (s *Service) GrantAccess(ctx context.Context, userID string) error { return nil }

func (s *Service) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /checkout/success", s.success)
	mux.HandleFunc("GET /purchase/thank-you", s.thankYou)
}

func (s *Service) success(w http.ResponseWriter, r *http.Request) {
	o, err := s.order(r.Context(), r.URL.Query().Get("order_id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if o.Status == "paid" {
		_ = s.GrantAccess(r.Context(), o.UserID)
		http.Redirect(w, r, "/library", http.StatusSeeOther)
		return
	}
	w.Write([]byte("we are confirming your payment"))
}

// thankYou waits briefly for the webhook to land.
func (s *Service) thankYou(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	for {
		o, err := s.order(ctx, r.URL.Query().Get("order_id"))
		if err == nil && o.Status == "paid" {
			_ = s.GrantAccess(ctx, o.UserID)
			w.Write([]byte("thanks"))
			return
		}
		select {
		case <-ctx.Done():
			w.Write([]byte("processing"))
			return
		case <-time.After(time.Second):
		}
	}
}
