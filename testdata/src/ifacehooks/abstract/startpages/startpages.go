// Package startpages: the pages a rider's browser lands on after paying
// for a scooter ride or a gym pass. The service that starts what was paid
// for lives in a package wired in main. Starting the ride because the
// query string says the payment went through lets anyone who types the
// URL ride for free; starting to poll the provider, opening a database
// transaction or a tracing span is no hand-over.
package startpages

import (
	"context"
	"net/http"
)

// Rides starts and ends scooter rides.
type Rides interface {
	StartRide(ctx context.Context, rideID string) error
	BeginRental(ctx context.Context, scooterID, riderID string) error
}

// Access opens what a pass pays for.
type Access interface {
	StartMembership(ctx context.Context, memberID, plan string) error
}

// Poller watches a payment until the provider settles it.
type Poller interface {
	StartPolling(ctx context.Context, paymentID string) error
	StartCheckout(ctx context.Context, rideID string) (string, error)
}

// Tx is a store transaction.
type Tx interface {
	Commit() error
}

// Store opens transactions.
type Store interface {
	BeginTx(ctx context.Context) (Tx, error)
	StartSession(ctx context.Context, riderID string) (string, error)
}

// Tracer opens spans.
type Tracer interface {
	StartSpan(ctx context.Context, name string) context.Context
}

type Pages struct {
	rides  Rides
	access Access
	poller Poller
	store  Store
	tracer Tracer
}

func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/ride/payment/return", p.rideReturn)
	mux.HandleFunc("/rental/checkout/success", p.rentalSuccess)
	mux.HandleFunc("/pass/payment/complete", p.passComplete)
	mux.HandleFunc("/ride/payment/pending", p.ridePending)
	mux.HandleFunc("/ride/checkout/return", p.rideTx)
	mux.HandleFunc("/ride/checkout/again", p.rideRetry)
	mux.HandleFunc("/pass/checkout/return", p.passLanding)
}

// rideReturn starts the ride from ?status=paid.
func (p *Pages) rideReturn(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("status") == "paid" {
		if err := p.rides.StartRide(r.Context(), q.Get("ride")); err != nil { // want `order fulfilled in the success-redirect handler from the query string \(status\)`
			http.Error(w, "could not unlock the scooter", http.StatusBadGateway)
		}
	}
}

// rentalSuccess begins the rental once the query says the payment succeeded.
func (p *Pages) rentalSuccess(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("payment_status") != "succeeded" {
		http.Redirect(w, r, "/rental?failed=1", http.StatusSeeOther)
		return
	}
	_ = p.rides.BeginRental(r.Context(), r.URL.Query().Get("scooter"), r.URL.Query().Get("rider")) // want `order fulfilled in the success-redirect handler from the query string \(payment_status\)`
}

// passComplete starts the membership from the form post-back.
func (p *Pages) passComplete(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("result") != "AUTHORISED" {
		return
	}
	_ = p.access.StartMembership(r.Context(), r.FormValue("member"), r.FormValue("plan")) // want `order fulfilled in the success-redirect handler from a form value \(result\)`
}

// ---- silent ---------------------------------------------------------------------

// ridePending starts polling the provider: the correct way to learn the outcome.
func (p *Pages) ridePending(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("status") == "paid" {
		_ = p.poller.StartPolling(r.Context(), q.Get("payment_intent"))
	}
	http.Redirect(w, r, "/ride/wait", http.StatusSeeOther)
}

// rideTx opens a transaction and a span, and a login session: nothing handed over.
func (p *Pages) rideTx(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_status") != "succeeded" {
		return
	}
	ctx := p.tracer.StartSpan(r.Context(), "ride.return")
	if _, err := p.store.StartSession(ctx, q.Get("rider")); err != nil {
		return
	}
	tx, err := p.store.BeginTx(ctx)
	if err != nil {
		return
	}
	_ = tx.Commit()
}

// rideRetry starts a new checkout after a failed payment.
func (p *Pages) rideRetry(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("status") == "failed" {
		url, err := p.poller.StartCheckout(r.Context(), q.Get("ride"))
		if err == nil {
			http.Redirect(w, r, url, http.StatusSeeOther)
		}
	}
}

// passLanding starts nothing the query did not test.
func (p *Pages) passLanding(w http.ResponseWriter, r *http.Request) {
	_ = p.access.StartMembership(r.Context(), r.URL.Query().Get("member"), "trial")
}
