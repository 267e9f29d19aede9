package web

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"

	"audit24/homeservices/domain"
)

// Extras charges on-site extras and confirms reader payments.
type Extras interface {
	Extras(ctx context.Context, b domain.Booking, cardID string, cents int64) (string, error)
	Confirm(ctx context.Context, paymentID string) error
}

// Pro serves the pro app's job endpoints (behind the pro auth middleware
// applied in the gateway).
type Pro struct {
	bookings BookingReader
	extras   Extras
	log      *slog.Logger
}

func NewPro(bookings BookingReader, extras Extras, log *slog.Logger) *Pro {
	return &Pro{bookings: bookings, extras: extras, log: log}
}

// Mount adds the pro routes.
func (p *Pro) Mount(r chi.Router) {
	r.Post("/pro/jobs/{id}/extras", p.chargeExtras)
	r.Post("/pro/jobs/{id}/reader", p.readerPaid)
}

type extrasReq struct {
	CardID string `json:"card_id"`
	Cents  int64  `json:"cents"`
	Note   string `json:"note"`
}

func (p *Pro) chargeExtras(w http.ResponseWriter, r *http.Request) {
	var in extrasReq
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Cents <= 0 {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	b, err := p.bookings.Get(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if b.Region != domain.RegionAU {
		http.Error(w, "extras on file are AU only", http.StatusUnprocessableEntity)
		return
	}
	id, err := p.extras.Extras(r.Context(), b, in.CardID, in.Cents)
	switch {
	case errors.Is(err, domain.ErrDeclined):
		http.Error(w, "card declined", http.StatusPaymentRequired)
		return
	case err != nil:
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"payment_id": id})
}

func (p *Pro) readerPaid(w http.ResponseWriter, r *http.Request) {
	var in struct {
		PaymentID string `json:"payment_id"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := p.extras.Confirm(r.Context(), in.PaymentID); err != nil {
		http.Error(w, "not completed", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
