package hooks

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"

	"audit19/marina/store"
)

// MollieStatus reads a Mollie payment's status back from Mollie.
type MollieStatus interface {
	PaymentStatus(ctx context.Context, id string) (string, error)
}

// Receipts mails booking receipts.
type Receipts interface {
	SendReceipt(bk *store.Booking) error
}

// Mollie handles Mollie's payment notifications. Mollie posts only the
// payment id; the payment is read back from Mollie.
type Mollie struct {
	payments MollieStatus
	bookings BookingStore
	receipts Receipts
}

// NewMollie returns the Mollie hooks.
func NewMollie(p MollieStatus, b BookingStore, r Receipts) *Mollie {
	return &Mollie{payments: p, bookings: b, receipts: r}
}

// Notify is mounted at /hooks/mollie/{bookingID}.
func (m *Mollie) Notify(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	paymentID := r.PostFormValue("id")
	bookingID := chi.URLParam(r, "bookingID")
	if paymentID == "" || bookingID == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	status, err := m.payments.PaymentStatus(ctx, paymentID)
	if err != nil {
		http.Error(w, "mollie unavailable", http.StatusBadGateway)
		return
	}
	if status == "paid" {
		first, err := m.bookings.ConfirmPending(ctx, bookingID, paymentID)
		if err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
		if first {
			bk, err := m.bookings.Get(ctx, bookingID)
			if err == nil {
				_ = m.receipts.SendReceipt(bk) // want "\\[webhookack\\] webhook handler sends a message \\(hooks.Receipts.SendReceipt\\) before answering"
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}
