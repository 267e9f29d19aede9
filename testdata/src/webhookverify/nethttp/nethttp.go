// Package nethttp: payment webhooks on net/http with stripe-go and
// hand-rolled HMAC signatures.
package nethttp

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
	"os"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/webhook"
)

type store struct{}

//paylint:fulfillment
func (store) FulfillOrder(id string) error { return nil }

var db store

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

type event struct {
	Type    string `json:"type"`
	OrderID string `json:"order_id"`
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe", stripeNoVerification)
	mux.HandleFunc("POST /webhooks/stripe-logged", stripeErrorOnlyLogged)
	mux.HandleFunc("POST /webhooks/stripe-ignored", stripeErrorIgnored)
	mux.HandleFunc("POST /webhooks/stripe-optional", stripeSkippedWithoutSecret)
	mux.HandleFunc("POST /webhooks/stripe-ok", stripeVerified)
	mux.HandleFunc("POST /webhooks/acme", acmeHMACVerified)
	mux.HandleFunc("POST /webhooks/acme-wrapped", acmeWrapperVerified)
	mux.HandleFunc("POST /webhooks/acme-lenient", acmeWrapperFailsOpen)
	mux.Handle("POST /webhooks/paypal", verifySignature(http.HandlerFunc(paypalBehindMiddleware)))
	mux.HandleFunc("POST /webhooks/audit", auditOnlyLogs)
	mux.Handle("/ipn", ipnHandler{})
}

// stripeNoVerification parses the body and fulfils.
func stripeNoVerification(w http.ResponseWriter, r *http.Request) {
	var ev event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "checkout.session.completed" {
		db.FulfillOrder(ev.OrderID) // want `payment webhook /webhooks/stripe acts on the payment \(.*\) without verifying the provider's signature: anyone who finds the URL can forge a paid event; verify the signature \(webhook.ConstructEvent, an HMAC of the raw body\) and return 400 on failure before processing, or, for a provider that signs nothing, act only on the payment read back from its API`
	}
	w.WriteHeader(http.StatusOK)
}

// stripeErrorOnlyLogged verifies, logs a failure, and goes on.
func stripeErrorOnlyLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		log.Printf("webhook signature: %v", err)
	}
	if ev.Type == "checkout.session.completed" {
		db.FulfillOrder(ev.ID) // want `payment webhook /webhooks/stripe-logged verifies the signature but carries on when it fails \(the result is only logged or ignored\) before .*: a forged event is still processed; return 400 when verification fails`
	}
}

// stripeErrorIgnored drops the error.
func stripeErrorIgnored(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, _ := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
	db.FulfillOrder(ev.ID) // want `verifies the signature but carries on when it fails`
}

// stripeSkippedWithoutSecret verifies only when a secret is configured.
func stripeSkippedWithoutSecret(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if secret != "" {
		if _, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret); err != nil {
			http.Error(w, "bad signature", http.StatusBadRequest)
			return
		}
	}
	var ev event
	json.Unmarshal(body, &ev)
	db.FulfillOrder(ev.OrderID) // want `payment webhook /webhooks/stripe-optional skips signature verification when the secret is empty \(fails open\) before .*: a missing secret in production accepts forged events; reject the request when the secret is not configured`
}

// stripeVerified: the correct form.
func stripeVerified(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusServiceUnavailable)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if ev.Type == "checkout.session.completed" {
		db.FulfillOrder(ev.ID)
	}
}

// acmeHMACVerified checks an HMAC of the body with hmac.Equal.
func acmeHMACVerified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature"))) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev event
	json.Unmarshal(body, &ev)
	db.FulfillOrder(ev.OrderID)
}

var errBadSignature = errors.New("bad signature")

// checkSignature is a verifier wrapper: it returns an error unless the
// HMAC matches.
func checkSignature(body []byte, sig string) error {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), []byte(sig)) {
		return errBadSignature
	}
	return nil
}

// acmeWrapperVerified verifies through a wrapper whose error is returned.
func acmeWrapperVerified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := checkSignature(body, r.Header.Get("X-Signature")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var ev event
	json.Unmarshal(body, &ev)
	db.FulfillOrder(ev.OrderID)
}

// lenientSignature accepts everything when no secret is configured.
func lenientSignature(body []byte, sig string) error {
	if secret == "" {
		return nil
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), []byte(sig)) {
		return errBadSignature
	}
	return nil
}

func acmeWrapperFailsOpen(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := lenientSignature(body, r.Header.Get("X-Signature")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	db.FulfillOrder(string(body)) // want `skips signature verification when the secret is empty \(fails open\)`
}

// verifySignature is middleware: next runs only for a valid signature.
func verifySignature(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := checkSignature(body, r.Header.Get("Paypal-Transmission-Sig")); err != nil {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func paypalBehindMiddleware(w http.ResponseWriter, r *http.Request) {
	var ev event
	json.NewDecoder(r.Body).Decode(&ev)
	db.FulfillOrder(ev.OrderID)
}

// auditOnlyLogs acts on nothing.
func auditOnlyLogs(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	log.Printf("webhook: %s", body)
}

// ipnHandler is an http.Handler for PayPal IPN with no verification.
type ipnHandler struct{}

func (ipnHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	if r.PostFormValue("payment_status") == "Completed" {
		db.FulfillOrder(r.PostFormValue("invoice")) // want `payment webhook /ipn acts on the payment`
	}
}

var devMode = os.Getenv("DEV") == "1"

func init() {
	http.HandleFunc("/webhooks/stripe-dev-skip", stripeSkippedInDevMode)
}

// stripeSkippedInDevMode verifies except when a flag says otherwise.
func stripeSkippedInDevMode(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !devMode {
		if _, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret); err != nil {
			http.Error(w, "bad signature", http.StatusBadRequest)
			return
		}
	}
	db.FulfillOrder(string(body)) // want `payment webhook /webhooks/stripe-dev-skip verifies the signature only on some paths \(a condition skips it\) before .*: a forged event can take the unchecked path; verify every request and return 400 on failure`
}

func init() {
	http.HandleFunc("/webhooks/stripe-fetch-back", stripeFetchesBack)
}

// stripeFetchesBack trusts nothing in the body but the id: it reads the
// session from Stripe and fulfils only when Stripe says it is paid.
func stripeFetchesBack(w http.ResponseWriter, r *http.Request) {
	var ev struct {
		SessionID string `json:"session_id"`
	}
	json.NewDecoder(r.Body).Decode(&ev)
	s, err := session.Get(ev.SessionID, nil)
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		db.FulfillOrder(s.ClientReferenceID)
	}
}

func init() {
	http.HandleFunc("/webhooks/stripe-late", stripeVerifiesTooLate)
}

// stripeVerifiesTooLate fulfils first and checks the signature afterwards.
func stripeVerifiesTooLate(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var ev event
	json.Unmarshal(body, &ev)
	db.FulfillOrder(ev.OrderID) // want `payment webhook /webhooks/stripe-late acts on the payment \(.*\) before it verifies the signature: a forged event is processed before it is rejected; verify first and return 400 on failure before processing`
	if _, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret); err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Serve wraps the whole webhook mux in the verifying middleware.
func Serve() error {
	hooks := http.NewServeMux()
	hooks.HandleFunc("/webhooks/wrapped-mux", behindWrappedMux)
	return http.ListenAndServe(":8081", verifySignature(hooks))
}

func behindWrappedMux(w http.ResponseWriter, r *http.Request) {
	db.FulfillOrder(r.FormValue("order"))
}
