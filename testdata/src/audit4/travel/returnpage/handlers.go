package returnpage

import (
	"context"
	"encoding/json"
	"html/template"
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Bookings is the booking repository.
type Bookings interface {
	Get(ctx context.Context, ref string) (*Booking, error)
	Confirm(ctx context.Context, ref, paymentID string) error
	ActivateAccount(ctx context.Context, token string) error
}

type Booking struct {
	Ref       string
	PaymentID string
	Status    string
}

// Ticketing issues e-tickets / hotel vouchers for confirmed bookings.
type Ticketing interface {
	IssueVoucher(ctx context.Context, ref string) error
}

type Handlers struct {
	bookings Bookings
	tickets  Ticketing
	psp      *http.Client
	pspBase  string
	tmpl     *template.Template
}

func NewHandlers(b Bookings, t Ticketing, psp *http.Client, base string, tmpl *template.Template) *Handlers {
	return &Handlers{bookings: b, tickets: t, psp: psp, pspBase: base, tmpl: tmpl}
}

// cardReturn is the 3-D Secure return URL of the card checkout.
func (h *Handlers) cardReturn(w http.ResponseWriter, r *http.Request) {
	ref := chi.URLParam(r, "ref")
	q := r.URL.Query()
	if q.Get("resultCode") == "Authorised" {
		if err := h.bookings.Confirm(r.Context(), ref, q.Get("pspReference")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\)"
			http.Error(w, "could not confirm", http.StatusInternalServerError)
			return
		}
		_ = h.tickets.IssueVoucher(r.Context(), ref) // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\)"
		http.Redirect(w, r, "/booking/"+ref+"/thanks", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/booking/"+ref+"?payment=failed", http.StatusSeeOther)
}

// bankReturn asks the PSP before confirming anything.
func (h *Handlers) bankReturn(w http.ResponseWriter, r *http.Request) {
	ref := chi.URLParam(r, "ref")
	b, err := h.bookings.Get(r.Context(), ref)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, h.pspBase+"/v1/payments/"+b.PaymentID, nil)
	resp, err := h.psp.Do(req)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var p struct {
		Status string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil || p.Status != "paid" {
		_ = h.tmpl.ExecuteTemplate(w, "processing.html", b)
		return
	}
	if err := h.bookings.Confirm(r.Context(), ref, b.PaymentID); err != nil {
		http.Error(w, "could not confirm", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/booking/"+ref+"/thanks", http.StatusSeeOther)
}

// verifyEmail ends the sign-up flow; no payment involved.
func (h *Handlers) verifyEmail(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("status") != "success" {
		http.Error(w, "invalid link", http.StatusBadRequest)
		return
	}
	if err := h.bookings.ActivateAccount(r.Context(), r.URL.Query().Get("token")); err != nil {
		http.Error(w, "invalid link", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "/account?verified=1", http.StatusSeeOther)
}

// thanks only renders the stored booking.
func (h *Handlers) thanks(w http.ResponseWriter, r *http.Request) {
	b, err := h.bookings.Get(r.Context(), chi.URLParam(r, "ref"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	_ = h.tmpl.ExecuteTemplate(w, "thanks.html", b)
}
