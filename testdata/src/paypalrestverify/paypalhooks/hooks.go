package paypalhooks

import (
	"database/sql"
	"io"
	"log"
	"net/http"
)

// Hooks marks orders paid from PayPal's capture events.
type Hooks struct {
	pp *PayPal
	db *sql.DB
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/paypal", h.verified)
	mux.HandleFunc("POST /webhooks/paypal/eu", h.unread)
	mux.HandleFunc("POST /webhooks/paypal/us", h.logged)
}

// verified: the delivery verified by PayPal before the paid write.
func (h *Hooks) verified(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	ev, err := h.pp.VerifyWebhook(r.Context(), payload, r.Header)
	if err != nil {
		http.Error(w, "unverified", http.StatusBadRequest)
		return
	}
	if ev.Type == "PAYMENT.CAPTURE.COMPLETED" {
		if _, err := h.db.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE public_id = $1", ev.OrderRef); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// unread: the verification's verdict is never compared.
func (h *Hooks) unread(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	ev, err := h.pp.CheckDelivery(r.Context(), payload, r.Header)
	if err != nil {
		http.Error(w, "unverified", http.StatusBadRequest)
		return
	}
	if ev.Type == "PAYMENT.CAPTURE.COMPLETED" {
		h.db.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE public_id = $1", ev.OrderRef) // want `payment webhook /webhooks/paypal/eu acts on the payment \(paid state stored by sql.DB.ExecContext\) without verifying the provider.s signature`
	}
	w.WriteHeader(http.StatusOK)
}

// logged: the verification's failure is only logged.
func (h *Hooks) logged(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	ev, err := h.pp.VerifyWebhook(r.Context(), payload, r.Header)
	if err != nil {
		log.Printf("paypal webhook not verified: %v", err)
	}
	if ev.Type == "PAYMENT.CAPTURE.COMPLETED" {
		h.db.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE public_id = $1", ev.OrderRef) // want `payment webhook /webhooks/paypal/us verifies the signature but carries on when it fails`
	}
	w.WriteHeader(http.StatusOK)
}
