package molliechi

import (
	"encoding/json"
	"net/http"

	mollie "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"
)

type Webhooks struct {
	mollie   *mollie.Client
	payments *PaymentRepo
	notifier *Notifier
}

// Orders: Mollie posts only id=tr_...; the payment is fetched back.
func (wh *Webhooks) Orders(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	ctx := r.Context()
	res, err := wh.mollie.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
	if err != nil || res.PaymentResponse == nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if res.PaymentResponse.Status == components.PaymentResponseStatusPaid {
		if err := wh.payments.SetStatus(ctx, id, "paid"); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Wallet tops up a wallet after fetching the payment back.
func (wh *Webhooks) Wallet(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	ctx := r.Context()
	res, err := wh.mollie.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
	if err != nil || res.PaymentResponse == nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if res.PaymentResponse.Status != components.PaymentResponseStatusPaid {
		w.WriteHeader(http.StatusOK)
		return
	}
	p, err := wh.payments.ByMollieID(ctx, id)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := wh.payments.TopUp(ctx, p.WalletID, p.Cents); err != nil { // want "\\[webhookdedupe\\] "
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_ = wh.notifier.PaymentReceived(p.Email, p.OrderID) // want "\\[webhookdedupe\\] " "\\[webhookack\\] "
	w.WriteHeader(http.StatusOK)
}

// Legacy is the webhook URL configured for the v1 integration (a relay
// posts {id,status} here); it trusts the body.
func (wh *Webhooks) Legacy(w http.ResponseWriter, r *http.Request) {
	var in struct {
		ID     string `json:"id"`
		Status string `json:"status"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if in.Status == "paid" {
		_ = wh.payments.SetStatus(r.Context(), in.ID, "paid") // webhookverify: paid status taken from the posted body, no signature and no fetch from Mollie // want "\\[webhookverify\\] payment webhook /api/v1/payment-status acts on the payment"
	}
	w.WriteHeader(http.StatusOK)
}

// Guarded checks the stored payment before topping up.
func (wh *Webhooks) Guarded(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	ctx := r.Context()
	p, err := wh.payments.ByMollieID(ctx, id)
	if err != nil {
		w.WriteHeader(http.StatusNotFound)
		return
	}
	if p.Status == "paid" {
		w.WriteHeader(http.StatusOK) // already handled
		return
	}
	res, err := wh.mollie.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
	if err != nil || res.PaymentResponse == nil || res.PaymentResponse.Status != components.PaymentResponseStatusPaid {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := wh.payments.SetStatus(ctx, id, "paid"); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_ = wh.payments.TopUp(ctx, p.WalletID, p.Cents)
	w.WriteHeader(http.StatusOK)
}
