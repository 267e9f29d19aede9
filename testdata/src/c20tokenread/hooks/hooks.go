// Package hooks takes the agency's PayPal webhooks (chi): each reads the
// order back from PayPal rather than trusting the body.
package hooks

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"

	"c20tokenread/ppapi"
)

type Hooks struct {
	pp *ppapi.Client
	db *sql.DB
}

type notice struct {
	EventType string `json:"event_type"`
	Resource  struct {
		ID string `json:"id"`
	} `json:"resource"`
}

func (h *Hooks) decode(r *http.Request) (notice, bool) {
	var n notice
	err := json.NewDecoder(r.Body).Decode(&n)
	return n, err == nil && n.EventType == "CHECKOUT.ORDER.APPROVED"
}

// Approved: the one read back (token, then order) before a local write:
// silent.
func (h *Hooks) Approved(w http.ResponseWriter, r *http.Request) {
	n, ok := h.decode(r)
	if !ok {
		w.WriteHeader(http.StatusOK)
		return
	}
	o, err := h.pp.Order(n.Resource.ID)
	if err != nil || o.Status != "APPROVED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.db.Exec("UPDATE bookings SET status = 'paid' WHERE paypal_order = $1 AND status = 'pending'", o.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// ApprovedNotifyHotel reads back, then posts the booking to the hotel's
// API before answering.
func (h *Hooks) ApprovedNotifyHotel(w http.ResponseWriter, r *http.Request) {
	n, ok := h.decode(r)
	if !ok {
		w.WriteHeader(http.StatusOK)
		return
	}
	o, err := h.pp.Order(n.Resource.ID)
	if err != nil || o.Status != "APPROVED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.db.Exec("UPDATE bookings SET status = 'paid' WHERE paypal_order = $1 AND status = 'pending'", o.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	resp, err := http.Post("https://hotel.example.com/bookings", "application/json", strings.NewReader(`{"ref":"`+o.ID+`"}`)) // want `webhook handler calls an external API \(http.Post\) before answering`
	if err == nil {
		resp.Body.Close()
	}
	w.WriteHeader(http.StatusOK)
}

// ApprovedAudited reads through the audited read: the audit post is
// slow work of its own.
func (h *Hooks) ApprovedAudited(w http.ResponseWriter, r *http.Request) {
	n, ok := h.decode(r)
	if !ok {
		w.WriteHeader(http.StatusOK)
		return
	}
	o, err := h.pp.AuditedOrder(n.Resource.ID) // want `webhook handler calls ppapi.Client.AuditedOrder`
	if err != nil || o.Status != "APPROVED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.db.Exec("UPDATE bookings SET status = 'paid' WHERE paypal_order = $1 AND status = 'pending'", o.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// ApprovedTwice reads the order back twice (before and after a pause in
// the agency's logic): two reads.
func (h *Hooks) ApprovedTwice(w http.ResponseWriter, r *http.Request) {
	n, ok := h.decode(r)
	if !ok {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.pp.Order(n.Resource.ID); err != nil { // want `webhook handler calls ppapi.Client.Order`
		w.WriteHeader(http.StatusOK)
		return
	}
	o, err := h.pp.Order(n.Resource.ID)
	if err != nil || o.Status != "APPROVED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.db.Exec("UPDATE bookings SET status = 'paid' WHERE paypal_order = $1 AND status = 'pending'", o.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func Mount(r chi.Router, pp *ppapi.Client, db *sql.DB) {
	h := &Hooks{pp: pp, db: db}
	r.Post("/webhooks/paypal", h.Approved)
	r.Post("/webhooks/paypal/hotel", h.ApprovedNotifyHotel)
	r.Post("/webhooks/paypal/audited", h.ApprovedAudited)
	r.Post("/webhooks/paypal/twice", h.ApprovedTwice)
}
