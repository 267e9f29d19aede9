// Package hooks receives billing events relayed by svix.
package hooks

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"gorm.io/gorm"
)

type BillingEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		InvoiceID  string `json:"invoice_id"`
		CustomerID string `json:"customer_id"`
		Plan       string `json:"plan"`
		Amount     int64  `json:"amount"`
	} `json:"data"`
}

type Membership struct {
	CustomerID string
	Plan       string
	ExpiresAt  time.Time
}

type Store struct{ DB *gorm.DB }

func (s *Store) ExtendMembership(ctx context.Context, customerID, plan string, until time.Time) error {
	return s.DB.WithContext(ctx).Model(&Membership{}).Where("customer_id = ?", customerID).
		Updates(map[string]interface{}{"plan": plan, "expires_at": until}).Error
}

func (s *Store) AddCredits(ctx context.Context, customerID string, n int64) error {
	return s.DB.WithContext(ctx).Table("customers").Where("id = ?", customerID).
		Update("credits", gorm.Expr("credits + ?", n)).Error
}

type Handler struct{ Store *Store }

// InvoicePaid extends the membership of the customer.
func (h *Handler) InvoicePaid(w http.ResponseWriter, r *http.Request) {
	var evt BillingEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if evt.Type != "invoice.paid" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	until := time.Now().AddDate(0, 1, 0)
	if err := h.Store.ExtendMembership(r.Context(), evt.Data.CustomerID, evt.Data.Plan, until); err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// CreditsPurchased adds purchased credits.
func (h *Handler) CreditsPurchased(w http.ResponseWriter, r *http.Request) {
	var evt BillingEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if evt.Type == "invoice.paid" {
		if err := h.Store.AddCredits(r.Context(), evt.Data.CustomerID, evt.Data.Amount); err != nil { // want "\\[webhookdedupe\\] "
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusNoContent)
}
