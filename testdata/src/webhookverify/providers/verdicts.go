package providers

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/mercadopago/sdk-go/pkg/webhook"
	"github.com/mollie/mollie-api-golang/utils/webhooks"
	"github.com/plutov/paypal/v4"
)

// Verifiers whose verdict is not simply their error: official Mollie's
// webhooks.Validate answers (false, nil) when no signature is sent, and
// PayPal's VerifyWebhookSignature answers a VerificationStatus that must
// be "SUCCESS". Mercado Pago's ValidateSignature is a plain error, and
// GoCardless v2.1.1 verifies in its own http.Handler.

var (
	secrets = []string{"mollie-secret"}
	pp      *paypal.Client
)

func VerdictRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/mollie", mollieVerified)
	mux.HandleFunc("POST /webhooks/mollie-ok-only", mollieOkOnly)
	mux.HandleFunc("POST /webhooks/mollie-err-only", mollieErrOnly)
	mux.HandleFunc("POST /webhooks/mollie-validator", mollieValidatorErrOnly)
	mux.HandleFunc("POST /webhooks/mollie-handed", mollieVerdictHanded)
	mux.HandleFunc("POST /webhooks/mollie-ignored", mollieIgnored)
	mux.HandleFunc("POST /webhooks/mollie-logged", mollieLogged)
	mux.HandleFunc("POST /webhooks/paypal", paypalVerified)
	mux.HandleFunc("POST /webhooks/paypal-failure", paypalFailureCompared)
	mux.HandleFunc("POST /webhooks/paypal-err-only", paypalErrOnly)
	mux.HandleFunc("POST /webhooks/paypal-handed", paypalHanded)
	mux.HandleFunc("POST /webhooks/paypal-ignored", paypalIgnored)
	mux.HandleFunc("POST /webhooks/mercadopago", mercadopagoVerified)
	mux.HandleFunc("POST /webhooks/mercadopago-logged", mercadopagoLogged)
	mux.HandleFunc("POST /webhooks/mercadopago-ignored", mercadopagoIgnored)
	mux.HandleFunc("POST /webhooks/gocardless-raw", gocardlessUnverified)
	wh, err := gocardless.NewWebhookHandler(key, gocardless.EventHandlerFunc(func(e gocardless.Event) error {
		fulfil(e.Links.Payment) // verified by the SDK's handler before it calls this
		return nil
	}))
	if err != nil {
		panic(err)
	}
	mux.Handle("POST /webhooks/gocardless", wh)
}

func mollieVerified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ok, err := webhooks.Validate(string(body), secrets, r.Header.Get(webhooks.SignatureHeader))
	if err != nil || !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	fulfil(string(body))
}

// Silent: ok is true only when a signature matched.
func mollieOkOnly(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if ok, _ := webhooks.Validate(string(body), secrets, r.Header.Get("X-Mollie-Signature")); !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	fulfil(string(body))
}

func mollieErrOnly(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if _, err := webhooks.Validate(string(body), secrets, r.Header.Get("X-Mollie-Signature")); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	fulfil(string(body)) // want `checks only the error of mollie webhooks.Validate, which answers \(false, nil\) when no signature is sent`
}

func mollieValidatorErrOnly(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	v := webhooks.NewSignatureValidator(secrets...)
	ok, err := v.ValidatePayload(string(body), r.Header.Get("X-Mollie-Signature"))
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	_ = ok
	fulfil(string(body)) // want `checks only the error of mollie SignatureValidator.ValidatePayload`
}

// Silent: the verdict is handed to code that may enforce it.
func mollieVerdictHanded(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ok, err := webhooks.Validate(string(body), secrets, r.Header.Get("X-Mollie-Signature"))
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if !accepted(w, ok) {
		return
	}
	fulfil(string(body))
}

func accepted(w http.ResponseWriter, ok bool) bool {
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
	}
	return ok
}

func mollieIgnored(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	webhooks.Validate(string(body), secrets, r.Header.Get("X-Mollie-Signature"))
	fulfil(string(body)) // want `verifies the signature but carries on when it fails`
}

func mollieLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if ok, err := webhooks.Validate(string(body), secrets, r.Header.Get("X-Mollie-Signature")); err != nil || !ok {
		log.Printf("mollie signature: %v", err)
	}
	fulfil(string(body)) // want `verifies the signature but carries on when it fails`
}

func paypalVerified(w http.ResponseWriter, r *http.Request) {
	res, err := pp.VerifyWebhookSignature(r.Context(), r, "WH-1")
	if err != nil || res.VerificationStatus != "SUCCESS" {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	body, _ := io.ReadAll(r.Body)
	fulfil(string(body))
}

// Silent: PayPal answers SUCCESS or FAILURE.
func paypalFailureCompared(w http.ResponseWriter, r *http.Request) {
	res, err := pp.VerifyWebhookSignature(r.Context(), r, "WH-1")
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	if res.VerificationStatus == "FAILURE" {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	body, _ := io.ReadAll(r.Body)
	fulfil(string(body))
}

func paypalErrOnly(w http.ResponseWriter, r *http.Request) {
	if _, err := pp.VerifyWebhookSignature(r.Context(), r, "WH-1"); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	body, _ := io.ReadAll(r.Body)
	fulfil(string(body)) // want `checks only the error of paypal Client.VerifyWebhookSignature, a remote call that answers FAILURE without an error`
}

// Silent: the answer is handed to a helper that may compare it.
func paypalHanded(w http.ResponseWriter, r *http.Request) {
	res, err := pp.VerifyWebhookSignature(r.Context(), r, "WH-1")
	if err != nil || !success(res) {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	body, _ := io.ReadAll(r.Body)
	fulfil(string(body))
}

func success(res *paypal.VerifyWebhookResponse) bool { return res.VerificationStatus == "SUCCESS" }

func paypalIgnored(w http.ResponseWriter, r *http.Request) {
	pp.VerifyWebhookSignature(r.Context(), r, "WH-1")
	body, _ := io.ReadAll(r.Body)
	fulfil(string(body)) // want `verifies the signature but carries on when it fails`
}

func mercadopagoVerified(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("data.id")
	if err := webhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), id, key); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	fulfil(id)
}

func mercadopagoLogged(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("data.id")
	if err := webhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), id, key); err != nil {
		log.Printf("mercadopago signature: %v", err)
	}
	fulfil(id) // want `verifies the signature but carries on when it fails`
}

func mercadopagoIgnored(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("data.id")
	_ = webhook.ValidateSignature(r.Header.Get("x-signature"), r.Header.Get("x-request-id"), id, key)
	fulfil(id) // want `verifies the signature but carries on when it fails`
}

// GoCardless events decoded by hand, Webhook-Signature never checked.
func gocardlessUnverified(w http.ResponseWriter, r *http.Request) {
	var batch struct {
		Events []gocardless.Event `json:"events"`
	}
	json.NewDecoder(r.Body).Decode(&batch)
	for _, e := range batch.Events {
		if e.Action == "confirmed" {
			fulfil(e.Links.Payment) // want `without verifying`
		}
	}
}
