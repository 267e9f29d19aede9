// Package web serves the customer app's pages and mounts the provider
// webhooks.
package web

import (
	"context"
	"html/template"
	"log/slog"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit24/homeservices/domain"
)

// BookingReader is what pages read and write.
type BookingReader interface {
	Get(ctx context.Context, id string) (domain.Booking, error)
	SetStatus(ctx context.Context, id string, st domain.BookingStatus) error
	MarkDepositPaid(ctx context.Context, id string) error
	MarkTipPaid(ctx context.Context, tipID string) error
}

// Confirmer confirms a booking slot after checkout.
type Confirmer interface {
	Confirm(ctx context.Context, bookingID string) error
}

// App holds the page handlers.
type App struct {
	bookings BookingReader
	paylater Confirmer
	tmpl     *template.Template
	log      *slog.Logger
}

func NewApp(bookings BookingReader, paylater Confirmer, tmpl *template.Template, log *slog.Logger) *App {
	return &App{bookings: bookings, paylater: paylater, tmpl: tmpl, log: log}
}

func (a *App) render(w http.ResponseWriter, name string, data any) {
	if err := a.tmpl.ExecuteTemplate(w, name, data); err != nil {
		a.log.Error("render", "tmpl", name, "err", err)
	}
}

// Mount adds the customer pages.
func (a *App) Mount(r chi.Router) {
	r.Get("/bookings/{id}/confirmed", a.confirmed)
	r.Get("/bookings/{id}/status", a.status)
	r.Get("/bookings/{id}/extras/return", a.extrasReturn)
	r.Get("/tips/{id}/thanks", a.tipThanks)
	r.Get("/paylater/return", a.paylaterReturn)
}

// confirmed is the Stripe return_url after the deposit authorisation.
func (a *App) confirmed(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	q := r.URL.Query()
	if q.Get("redirect_status") == "succeeded" {
		if err := a.bookings.MarkDepositPaid(r.Context(), id); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
			a.log.Error("mark deposit", "booking", id, "err", err)
		}
		a.render(w, "booking_confirmed.html", map[string]string{"ID": id})
		return
	}
	a.render(w, "booking_retry.html", map[string]string{"ID": id})
}

// status is where the app lands after a bank-debit deposit: it shows the
// stored state and polls this page until the webhook has moved it.
func (a *App) status(w http.ResponseWriter, r *http.Request) {
	b, err := a.bookings.Get(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if b.Status == domain.BookingDepositHeld || b.Status == domain.BookingConfirmed { // audit: lookalike redirectfulfill: compares the booking's stored status (set by the webhook) and only renders
		a.render(w, "booking_confirmed.html", b)
		return
	}
	a.render(w, "booking_processing.html", b)
}

// extrasReturn is the return_url for on-site extras paid by card with 3DS.
func (a *App) extrasReturn(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "could not confirm payment, refresh in a moment", http.StatusBadGateway)
		return
	}
	if pi.Metadata["booking_id"] != id {
		http.NotFound(w, r)
		return
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusRequiresCapture {
		_ = a.bookings.SetStatus(r.Context(), id, domain.BookingConfirmed) // audit: lookalike redirectfulfill: the intent is retrieved from Stripe and its status checked first
		a.render(w, "extras_paid.html", pi)
		return
	}
	a.render(w, "booking_processing.html", map[string]string{"ID": id})
}

// tipThanks is the return_url of the tip form shown after a job.
func (a *App) tipThanks(w http.ResponseWriter, r *http.Request) {
	tipID := chi.URLParam(r, "id")
	if r.URL.Query().Get("redirect_status") != "succeeded" {
		a.render(w, "tip_failed.html", nil)
		return
	}
	if err := a.bookings.MarkTipPaid(r.Context(), tipID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
		a.log.Warn("mark tip", "tip", tipID, "err", err)
	}
	a.render(w, "tip_thanks.html", nil)
}

// paylaterReturn is the provider's redirectConfirmUrl.
func (a *App) paylaterReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	booking := q.Get("booking")
	if q.Get("status") == "SUCCESS" {
		if err := a.paylater.Confirm(r.Context(), booking); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
			http.Error(w, "something went wrong", http.StatusInternalServerError)
			return
		}
		a.render(w, "booking_confirmed.html", map[string]string{"ID": booking})
		return
	}
	a.render(w, "booking_retry.html", map[string]string{"ID": booking})
}
