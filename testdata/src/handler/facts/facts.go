package facts // want package:"handler model"

// The summaries the handler model exports for wrappers.

import (
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/webhook"
)

var secret = "whsec"

var errBad = errors.New("bad")

func checkHMAC(body []byte, sig string) error { // want checkHMAC:"verifier"
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), []byte(sig)) {
		return errBad
	}
	return nil
}

func validHMAC(body []byte, sig string) bool { // want validHMAC:"verifier"
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return hmac.Equal(mac.Sum(nil), []byte(sig))
}

func parseEvent(body []byte, sig string) (stripe.Event, error) { // want parseEvent:"verifier"
	return webhook.ConstructEvent(body, sig, secret)
}

func lenient(body []byte, sig string) error { // want lenient:"verifier \\(fails open\\)"
	if secret == "" {
		return nil
	}
	return checkHMAC(body, sig)
}

// logsOnly is no verifier: it returns nil whatever the verdict.
func logsOnly(body []byte, sig string) error {
	if err := checkHMAC(body, sig); err != nil {
		println("bad signature")
	}
	return nil
}

func requirePaid(id string) (*stripe.CheckoutSession, error) { // want requirePaid:"paid check"
	s, err := session.Get(id, nil)
	if err != nil {
		return nil, err
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		return nil, errBad
	}
	return s, nil
}

func isPaid(s *stripe.CheckoutSession) bool { // want isPaid:"paid check"
	return s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid
}

// readsOnly reads the session but never compares its status.
func readsOnly(id string) error {
	_, err := session.Get(id, nil)
	return err
}

//paylint:fulfillment
func fulfil(id string) {}

func fulfilIfPaid(id string) error { // want fulfilIfPaid:"paid check" fulfilIfPaid:"guarded fulfilment \\(status\\)"
	s, err := requirePaid(id)
	if err != nil {
		return err
	}
	fulfil(s.ClientReferenceID)
	return nil
}

func handleSigned(body []byte, sig string) error { // want handleSigned:"verifier" handleSigned:"guarded fulfilment \\(verified\\)"
	if err := checkHMAC(body, sig); err != nil {
		return err
	}
	fulfil(string(body))
	return nil
}

func requireSignature(next http.Handler) http.Handler { // want requireSignature:"verifying middleware"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !validHMAC(nil, r.Header.Get("X-Signature")) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// passThrough calls next whatever the verdict.
func passThrough(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !validHMAC(nil, r.Header.Get("X-Signature")) {
			println("bad signature")
		}
		next.ServeHTTP(w, r)
	})
}
