// Package stripehook receives Stripe checkout events; the voucher and
// account use cases are bound by package server.
package stripehook

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"wirehooks/chiapp/domain"
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

// Grants hands the use case a value of the domain's own type built from
// the session's fields.
type Grants struct {
	secret string
	apply  domain.Granter
}

func NewGrants(secret string, g domain.Granter) *Grants { return &Grants{secret: secret, apply: g} }

func (g *Grants) Completed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), g.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	grant := domain.Grant{Session: s.ID, Customer: s.ClientReferenceID, Cents: 500}
	if err := g.apply.Apply(r.Context(), grant); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Settings posts a form the shop's staff fill in: a literal of the same
// type built from no event is no delivery of one.
type Settings struct {
	apply domain.Granter
}

func NewSettings(g domain.Granter) *Settings { return &Settings{apply: g} }

func (st *Settings) Save(w http.ResponseWriter, r *http.Request) {
	grant := domain.Grant{Session: r.FormValue("session"), Customer: r.FormValue("customer"), Cents: 500}
	_ = st.apply.Apply(r.Context(), grant)
	w.WriteHeader(http.StatusNoContent)
}

// ContactSync mirrors CRM contacts.
type ContactSync interface {
	Upsert(ctx context.Context, contactID, email string) error
}

type contactEvent struct {
	ContactID string `json:"contact_id"`
	Email     string `json:"email"`
}

// Contacts is a signed CRM webhook, no payment provider's: its use case,
// bound in server, only updates a contact row.
type Contacts struct {
	secret []byte
	sync   ContactSync
}

func NewContacts(secret []byte, s ContactSync) *Contacts { return &Contacts{secret: secret, sync: s} }

func (c *Contacts) Updated(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, c.secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(r.Header.Get("X-CRM-Signature"))
	if !hmac.Equal(mac.Sum(nil), sig) {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	var ev contactEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	_ = c.sync.Upsert(r.Context(), ev.ContactID, ev.Email)
	w.WriteHeader(http.StatusOK)
}
