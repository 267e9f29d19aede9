// Package statehooks: payment webhooks that store a payment state
// through a store whose implementation this package cannot see (it lives
// in a package wired in main): the value handed — a paid status, or the
// event's own status — says what is stored.
package statehooks

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"ifacehooks/abstract/ports"
)

// RazorpayEvent is the provider's event as decoded here.
type RazorpayEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Invoice struct {
			ID     string `json:"id"`
			Status string `json:"status"`
		} `json:"invoice"`
	} `json:"payload"`
}

type Hooks struct {
	invoices ports.InvoiceStore
	log      ports.Logger
	metrics  ports.Metrics
	notify   ports.Notifier
	secret   []byte
}

func (h *Hooks) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/razorpay/invoices", h.InvoicePaid)
	mux.HandleFunc("POST /webhooks/razorpay/invoice-state", h.InvoiceState)
	mux.HandleFunc("POST /webhooks/razorpay/shipped", h.Shipped)
	mux.HandleFunc("POST /webhooks/razorpay/side", h.SideChannels)
	mux.HandleFunc("POST /webhooks/razorpay/signed", h.Signed)
}

func decode(r *http.Request) (RazorpayEvent, error) {
	var evt RazorpayEvent
	err := json.NewDecoder(r.Body).Decode(&evt)
	return evt, err
}

// InvoicePaid stores a paid constant with no signature check.
func (h *Hooks) InvoicePaid(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	if evt.Event == "invoice.paid" {
		_ = h.invoices.UpdatePaymentStatus(r.Context(), evt.Payload.Invoice.ID, ports.StatusCaptured) // want `acts on the payment \(paid state "CAPTURED" stored by ports.InvoiceStore.UpdatePaymentStatus\) without verifying`
	}
	w.WriteHeader(http.StatusOK)
}

// InvoiceState copies the event's own status into the store.
func (h *Hooks) InvoiceState(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		return
	}
	st := evt.Payload.Invoice
	_ = h.invoices.SetState(r.Context(), st.ID, st.Status) // want `acts on the payment \(the event's status stored by ports.InvoiceStore.SetState\) without verifying`
}

// ---- silent ---------------------------------------------------------------------

// Shipped stores a state that is no payment's ("shipped"), then reads.
func (h *Hooks) Shipped(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		return
	}
	_ = h.invoices.SetState(r.Context(), evt.Payload.Invoice.ID, ports.StatusShipped)
	_ = h.invoices.SetState(r.Context(), evt.Payload.Invoice.ID, "viewed")
	_ = h.invoices.UpdatePaymentStatus(context.Background(), evt.Payload.Invoice.ID, "read")
	_, _ = h.invoices.Get(r.Context(), evt.Payload.Invoice.ID)
}

// SideChannels logs, counts and tells about the payment: no effect on it.
func (h *Hooks) SideChannels(w http.ResponseWriter, r *http.Request) {
	evt, err := decode(r)
	if err != nil {
		return
	}
	h.log.Info("paid", "invoice", evt.Payload.Invoice.ID)
	h.metrics.Inc("payment_succeeded")
	_ = h.notify.Send(r.Context(), evt.Payload.Invoice.ID, "paid")
}

// Signed checks an HMAC of the raw body before storing the paid state.
func (h *Hooks) Signed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, h.secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-Razorpay-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var evt RazorpayEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		return
	}
	_ = h.invoices.UpdatePaymentStatus(r.Context(), evt.Payload.Invoice.ID, "paid")
}
