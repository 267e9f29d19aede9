// Package rentalreturn: a car-rental site whose card page (an Adyen-style
// hosted page) sends the driver back with merchantReference, pspReference
// and resultCode. The reservation service is behind an interface whose
// implementation is wired elsewhere. Activating the rental because the
// return URL says Authorised lets anyone type the URL.
package rentalreturn

import (
	"context"
	"net/http"
)

// Rentals is the reservation use case; its implementation lives elsewhere.
type Rentals interface {
	ActivateRental(ctx context.Context, ref string) error
	ReleaseHold(ctx context.Context, ref string) error
	ConfirmPayment(ctx context.Context, ref, txn string) error
}

// Gateway finishes a redirect payment with the provider and answers the
// provider's result code.
type Gateway interface {
	Finish(ctx context.Context, redirectResult string) (string, error)
	ConfirmPaymentIntent(ctx context.Context, id string) error
}

type Site struct {
	rentals Rentals
	gw      Gateway
}

func (s *Site) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /rentals/return", s.hostedReturn)
	mux.HandleFunc("GET /rentals/back", s.pspReturn)
	mux.HandleFunc("GET /rentals/refused", s.refusedReturn)
	mux.HandleFunc("GET /rentals/lookup", s.lookup)
	mux.HandleFunc("GET /rentals/3ds/finish", s.finish3DS)
	mux.HandleFunc("POST /rentals/payment/return", s.formReturn)
	mux.HandleFunc("GET /rentals/payment/intent-return", s.intentReturn)
}

// hostedReturn activates the rental from the query string.
func (s *Site) hostedReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("resultCode") == "Authorised" {
		_ = s.rentals.ActivateRental(r.Context(), q.Get("merchantReference")) // want `order fulfilled in the success-redirect handler from the query string \(resultCode\)`
	}
	http.Redirect(w, r, "/rentals/thanks", http.StatusSeeOther)
}

// pspReturn does the same keyed by the provider's reference.
func (s *Site) pspReturn(w http.ResponseWriter, r *http.Request) {
	psp := r.URL.Query().Get("pspReference")
	if r.URL.Query().Get("result") == "success" {
		_ = s.rentals.ActivateRental(r.Context(), psp) // want `order fulfilled in the success-redirect handler from the query string \(result\)`
	}
}

// formReturn confirms the rental's payment because the gateway's form
// post-back says so: ConfirmPayment (a verb and a payment noun) settles
// the order in the merchant's own domain.
func (s *Site) formReturn(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("code") == "PAYMENT_SUCCESS" {
		_ = s.rentals.ConfirmPayment(r.Context(), r.FormValue("ref"), r.FormValue("transactionId")) // want `order fulfilled in the success-redirect handler from a form value \(code\)`
	}
}

// ---- silent ---------------------------------------------------------------------

// refusedReturn only releases the hold when the result says refused.
func (s *Site) refusedReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("resultCode") == "Refused" {
		_ = s.rentals.ReleaseHold(r.Context(), q.Get("merchantReference"))
	}
}

// lookup reads a reference and a status but activates nothing it did not
// test: no paid value guards the call.
func (s *Site) lookup(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	_ = q.Get("resultCode")
	_ = s.rentals.ReleaseHold(r.Context(), q.Get("pspReference"))
}

// finish3DS hands the redirect result to the provider and activates only
// on the provider's answer.
func (s *Site) finish3DS(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	code, err := s.gw.Finish(r.Context(), q.Get("redirectResult"))
	if err != nil || code != "Authorised" {
		http.Redirect(w, r, "/rentals/failed", http.StatusSeeOther)
		return
	}
	_ = s.rentals.ActivateRental(r.Context(), q.Get("ref"))
}

// intentReturn confirms the provider's payment intent: a call of the
// provider, not goods handed over.
func (s *Site) intentReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_status") == "succeeded" {
		_ = s.gw.ConfirmPaymentIntent(r.Context(), q.Get("payment_intent"))
	}
}
