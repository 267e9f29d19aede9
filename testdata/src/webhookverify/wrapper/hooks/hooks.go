// Package hooks: webhook handlers calling verifier and fulfilment wrappers
// in other packages.
package hooks

import (
	"io"
	"net/http"

	"webhookverify/wrapper/billing"
	"webhookverify/wrapper/sigs"
)

const secret = "whsec_test"

func Routes() {
	http.HandleFunc("/payments/callback", paymentCallbackUnverified)
	http.HandleFunc("/payments/webhook", paymentWebhookVerified)
	http.HandleFunc("/payments/webhook-bool", paymentWebhookBool)
	http.HandleFunc("/payments/webhook-marked", paymentWebhookMarked)
}

func paymentCallbackUnverified(w http.ResponseWriter, r *http.Request) {
	billing.OnPaid(r.FormValue("order_id")) // want `payment webhook /payments/callback acts on the payment .* without verifying the provider's signature`
}

func paymentWebhookVerified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := sigs.Verify(body, r.Header.Get("X-Hub-Signature-256"), secret); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	billing.OnPaid(string(body))
}

func paymentWebhookBool(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !sigs.Valid(body, r.Header.Get("Webhook-Signature"), secret) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	billing.OnPaid(string(body))
}

func paymentWebhookMarked(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := sigs.Check(body, r.Header.Get("X-Signature")); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	billing.OnPaid(string(body))
}
