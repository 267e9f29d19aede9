// Package fetchback receives Stripe payment_intent events, fetches the
// intent back from Stripe and loads the merchant's booking by the id the
// intent carries in its metadata before mailing a confirmation.
package fetchback

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Booking struct {
	ID     string
	Status string
	Email  string
}

type Bookings interface {
	ByID(ctx context.Context, id string) (*Booking, error)
	SetStatus(ctx context.Context, id, status string) error
}

type Mailer interface {
	SendConfirmation(ctx context.Context, to, text string) error
}

type Handler struct {
	secret   string
	bookings Bookings
	mail     Mailer
}

// FetchedOnly returns only when the fetched intent did not succeed: the
// intent says succeeded on every delivery, so each one mails again.
func (h *Handler) FetchedOnly(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var in stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	pi, err := paymentintent.Get(in.ID, nil)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	b, err := h.bookings.ByID(r.Context(), pi.Metadata["booking_id"])
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.bookings.SetStatus(r.Context(), b.ID, "confirmed")
	_ = h.mail.SendConfirmation(r.Context(), b.Email, "Your booking "+b.ID+" is confirmed") // want `webhook handler sends a message \(fetchback.Mailer.SendConfirmation\) on every delivery`
	w.WriteHeader(http.StatusOK)
}

// StoredOrFetched returns when the stored booking is already confirmed
// or the fetched intent did not succeed: a redelivery finds the booking
// confirmed and stops before the mail.
func (h *Handler) StoredOrFetched(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var in stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	pi, err := paymentintent.Get(in.ID, nil)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	b, err := h.bookings.ByID(r.Context(), pi.Metadata["booking_id"])
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if b.Status == "confirmed" || pi.Status != stripe.PaymentIntentStatusSucceeded {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.bookings.SetStatus(r.Context(), b.ID, "confirmed")
	_ = h.mail.SendConfirmation(r.Context(), b.Email, "Your booking "+b.ID+" is confirmed")
	w.WriteHeader(http.StatusOK)
}

// FetchedOrStored is the same guard written the other way round.
func (h *Handler) FetchedOrStored(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var in stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	pi, err := paymentintent.Get(in.ID, nil)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	b, err := h.bookings.ByID(r.Context(), pi.Metadata["booking_id"])
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded || b.Status == "confirmed" {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.bookings.SetStatus(r.Context(), b.ID, "confirmed")
	_ = h.mail.SendConfirmation(r.Context(), b.Email, "Your booking "+b.ID+" is confirmed")
	w.WriteHeader(http.StatusOK)
}
