package web

import (
	"context"
	"html/template"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/hibiken/asynq"

	"audit23/airline/jobs"
	"audit23/airline/latam"
)

// Payments is the part of the booking store the return pages use.
type Payments interface {
	MarkPaid(ctx context.Context, pnr, provider, ref string) error
}

var thanks = template.Must(template.New("thanks").Parse(
	`<html><body><h1>{{.Title}}</h1><p>{{.Text}}</p></body></html>`))

type page struct{ Title, Text string }

// Returns serves the pages the passenger lands on after paying.
type Returns struct {
	Payments    Payments
	Ancillaries Ancillaries
	MP          *latam.MercadoPago
	Queue       *asynq.Client
	Log         *slog.Logger
}

// MountPayPal adds the PayPal return page to the public router.
func (h *Returns) MountPayPal(r chi.Router) {
	r.Get("/pay/paypal/return", h.paypalReturn)
}

func (h *Returns) paypalReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	pnr, orderID := q.Get("pnr"), q.Get("token")
	if q.Get("PayerID") == "" || orderID == "" {
		http.Redirect(w, r, "/booking/"+pnr+"?paypal=cancelled", http.StatusFound)
		return
	}
	ctx := r.Context()
	// Approved: hold the seats as paid and capture in the background so the
	// passenger is not kept waiting.
	if err := h.Payments.MarkPaid(ctx, pnr, "paypal", orderID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's"
		http.Error(w, "please try again", http.StatusInternalServerError)
		return
	}
	if _, err := h.Queue.EnqueueContext(ctx, jobs.NewPayPalCaptureTask(pnr, orderID)); err != nil {
		h.Log.Error("enqueue capture", "pnr", pnr, "err", err)
	}
	_ = thanks.Execute(w, page{Title: "Thank you", Text: "Booking " + pnr + " is confirmed."})
}

// MercadoPagoBack handles the Checkout Pro back URLs on the plain mux.
func (h *Returns) MercadoPagoBack(mux *http.ServeMux) {
	mux.HandleFunc("GET /mp/ancillary/back", h.mpAncillaryBack)
	mux.HandleFunc("GET /mp/booking/back", h.mpBookingBack)
}

func (h *Returns) mpAncillaryBack(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	ref := strings.TrimPrefix(q.Get("external_reference"), "anc-")
	id, err := strconv.ParseInt(ref, 10, 64)
	if err != nil {
		http.Error(w, "unknown purchase", http.StatusBadRequest)
		return
	}
	if q.Get("collection_status") != "approved" {
		_ = thanks.Execute(w, page{Title: "Payment pending", Text: "We will email you when the payment is confirmed."})
		return
	}
	if err := h.Ancillaries.Grant(r.Context(), id, q.Get("payment_id")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(collection_status\\)"
		http.Error(w, "please try again", http.StatusInternalServerError)
		return
	}
	_ = thanks.Execute(w, page{Title: "All set", Text: "Your extra is on your booking."})
}

func (h *Returns) mpBookingBack(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	id, err := strconv.Atoi(q.Get("payment_id"))
	if err != nil {
		_ = thanks.Execute(w, page{Title: "Payment pending", Text: "We will email you when the payment is confirmed."})
		return
	}
	ctx := r.Context()
	p, err := h.MP.Payment(ctx, id)
	if err != nil {
		http.Error(w, "please refresh in a moment", http.StatusBadGateway)
		return
	}
	if p.Status != "approved" {
		_ = thanks.Execute(w, page{Title: "Payment pending", Text: "We will email you when the payment is confirmed."})
		return
	}
	if err := h.Payments.MarkPaid(ctx, p.ExternalReference, "mercadopago", strconv.Itoa(p.ID)); err != nil { // audit: lookalike redirectfulfill: the payment is read from Mercado Pago and must be approved; the query string only names it
		http.Error(w, "please try again", http.StatusInternalServerError)
		return
	}
	_ = thanks.Execute(w, page{Title: "Thank you", Text: "Booking " + p.ExternalReference + " is confirmed."})
}
