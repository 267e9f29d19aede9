// Package hooks applies Stripe invoice events to rented lockers and
// tenancies, each paid up to a date.
package hooks

import (
	"encoding/json"
	"io"
	"net/http"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"paidthroughextend/lockers"
)

// Invoices receives Stripe invoice events.
type Invoices struct {
	Secret string
	Store  *lockers.Store
}

// Routes mounts the handlers.
func (h *Invoices) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe/lockers", h.LockerPaid)
	mux.HandleFunc("POST /webhooks/stripe/tenancies", h.TenancyPaid)
	mux.HandleFunc("POST /webhooks/stripe/renewals", h.LockerRenewed)
	mux.HandleFunc("POST /webhooks/stripe/periods", h.PeriodPaid)
	mux.HandleFunc("POST /webhooks/stripe/guarded", h.GuardedLockerPaid)
	mux.HandleFunc("POST /webhooks/stripe/billed", h.LockerBilled)
}

type invoiceLines struct {
	Metadata map[string]string `json:"metadata"`
	Lines    struct {
		Data []struct {
			Period struct {
				End int64 `json:"end"`
			} `json:"period"`
		} `json:"data"`
	} `json:"lines"`
}

func (h *Invoices) event(w http.ResponseWriter, r *http.Request) (stripe.Event, invoiceLines, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, invoiceLines{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.Secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, invoiceLines{}, false
	}
	var inv invoiceLines
	if err := json.Unmarshal(evt.Data.Raw, &inv); err != nil || evt.Type != "invoice.paid" {
		w.WriteHeader(http.StatusOK)
		return stripe.Event{}, invoiceLines{}, false
	}
	return evt, inv, true
}

// LockerPaid moves the locker's paid-through date a month on from its
// stored value on every delivery of invoice.paid.
func (h *Invoices) LockerPaid(w http.ResponseWriter, r *http.Request) {
	_, inv, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.Store.ExtendPaidThrough(r.Context(), inv.Metadata["locker_id"]); err != nil { // want "webhook handler credits the balance \\(lockers.Store.ExtendPaidThrough: sql.DB.ExecContext: paid_through \\+= …\\)"
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// TenancyPaid adds thirty days to the tenancy's paid-until date.
func (h *Invoices) TenancyPaid(w http.ResponseWriter, r *http.Request) {
	_, inv, ok := h.event(w, r)
	if !ok {
		return
	}
	_ = h.Store.AddPaidDays(r.Context(), inv.Metadata["tenancy_id"], 30) // want "webhook handler credits the balance \\(lockers.Store.AddPaidDays: sql.DB.ExecContext: paid_until \\+= …\\)"
	w.WriteHeader(http.StatusOK)
}

// LockerRenewed reads the locker, adds a month to the date it is paid
// through and saves it.
func (h *Invoices) LockerRenewed(w http.ResponseWriter, r *http.Request) {
	_, inv, ok := h.event(w, r)
	if !ok {
		return
	}
	l, err := h.Store.Get(r.Context(), inv.Metadata["locker_id"])
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	l.PaidThrough = l.PaidThrough.AddDate(0, 1, 0)
	if err := h.Store.Save(r.Context(), l); err != nil { // want "webhook handler extends the subscription \\(lockers.Store.Save: paid_through \\+ period\\)"
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// PeriodPaid sets the paid-through date to the end of the period the
// invoice billed: the same date on every delivery.
func (h *Invoices) PeriodPaid(w http.ResponseWriter, r *http.Request) {
	_, inv, ok := h.event(w, r)
	if !ok || len(inv.Lines.Data) == 0 {
		return
	}
	end := time.Unix(inv.Lines.Data[0].Period.End, 0)
	if err := h.Store.SetPaidThrough(r.Context(), inv.Metadata["locker_id"], end); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// GuardedLockerPaid records the event id first: a redelivery changes
// nothing.
func (h *Invoices) GuardedLockerPaid(w http.ResponseWriter, r *http.Request) {
	evt, inv, ok := h.event(w, r)
	if !ok {
		return
	}
	first, err := h.Store.FirstDelivery(r.Context(), evt.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.Store.ExtendPaidThrough(r.Context(), inv.Metadata["locker_id"]); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// LockerBilled reads the locker and sets the date it is paid through to
// the end of the period the invoice billed, then saves it: the same date
// on every delivery.
func (h *Invoices) LockerBilled(w http.ResponseWriter, r *http.Request) {
	_, inv, ok := h.event(w, r)
	if !ok || len(inv.Lines.Data) == 0 {
		return
	}
	l, err := h.Store.Get(r.Context(), inv.Metadata["locker_id"])
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	l.PaidThrough = time.Unix(inv.Lines.Data[0].Period.End, 0)
	if err := h.Store.Save(r.Context(), l); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
