// Package stripehook receives Stripe checkout events; the voucher and
// account use cases are bound by package server.
package stripehook

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Redeemer turns a paid checkout into vouchers.
type Redeemer interface {
	Redeem(ctx context.Context, sessionID, customer string) error
}

// Activator switches the customer's account on.
type Activator interface {
	Activate(ctx context.Context, customer string) error
}

// Vouchers redeems on every delivery: no event id is recorded.
type Vouchers struct {
	secret string
	redeem Redeemer
}

func NewVouchers(secret string, r Redeemer) *Vouchers { return &Vouchers{secret: secret, redeem: r} }

func (v *Vouchers) Completed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), v.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if err := v.redeem.Redeem(r.Context(), s.ID, s.ClientReferenceID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// OnceVouchers claims the event id in redis first: a redelivery stops there.
type OnceVouchers struct {
	secret string
	redeem Redeemer
	rdb    *redis.Client
}

func NewOnceVouchers(secret string, r Redeemer, rdb *redis.Client) *OnceVouchers {
	return &OnceVouchers{secret: secret, redeem: r, rdb: rdb}
}

func (v *OnceVouchers) Completed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), v.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	fresh, err := v.rdb.SetNX(r.Context(), "stripe:"+evt.ID, 1, 72*time.Hour).Result()
	if err != nil || !fresh {
		w.WriteHeader(http.StatusOK)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if err := v.redeem.Redeem(r.Context(), s.ID, s.ClientReferenceID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Accounts activates before it answers (slow when the use case is).
type Accounts struct {
	secret string
	acc    Activator
}

func NewAccounts(secret string, a Activator) *Accounts { return &Accounts{secret: secret, acc: a} }

func (a *Accounts) Completed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), a.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if err := a.acc.Activate(r.Context(), s.ClientReferenceID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// LateAccounts answers first and activates in the background.
type LateAccounts struct {
	secret string
	acc    Activator
}

func NewLateAccounts(secret string, a Activator) *LateAccounts {
	return &LateAccounts{secret: secret, acc: a}
}

func (a *LateAccounts) Completed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), a.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	go func(customer string) {
		_ = a.acc.Activate(context.Background(), customer)
	}(s.ClientReferenceID)
}

// Batch hands the session to a helper of the same receiver, which calls
// the use case: judged like a call in the handler.
type Batch struct {
	secret string
	redeem Redeemer
}

func NewBatch(secret string, r Redeemer) *Batch { return &Batch{secret: secret, redeem: r} }

func (b *Batch) Completed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), b.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if err := b.apply(r.Context(), &s); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (b *Batch) apply(ctx context.Context, s *stripe.CheckoutSession) error {
	return b.redeem.Redeem(ctx, s.ID, s.ClientReferenceID)
}

// Relay has the same shape as Vouchers; server binds it to a queue.
type Relay struct {
	secret string
	bus    Redeemer
}

func NewRelay(secret string, bus Redeemer) *Relay { return &Relay{secret: secret, bus: bus} }

func (v *Relay) Completed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), v.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	_ = v.bus.Redeem(r.Context(), s.ID, s.ClientReferenceID)
	w.WriteHeader(http.StatusOK)
}
