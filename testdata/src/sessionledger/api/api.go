// Package api is the shop's HTTP API: balance top-ups paid through Stripe
// Checkout are credited by its webhook (net/http).
package api

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"

	"sessionledger/store"
)

type API struct {
	store  *store.Store
	secret string
}

// session verifies the delivery and decodes its checkout session.
func (a *API) session(w http.ResponseWriter, r *http.Request) (*stripe.CheckoutSession, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return nil, false
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), a.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	if ev.Type != "checkout.session.completed" && ev.Type != "checkout.session.async_payment_succeeded" {
		return nil, false
	}
	var cs stripe.CheckoutSession
	if err := json.Unmarshal(ev.Data.Raw, &cs); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	return &cs, true
}

// BalanceWebhook credits the balance only when no transaction carries the
// session's signature yet; the credit records that signature: a
// redelivery (or the paired async event) finds it (silent).
func (a *API) BalanceWebhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), a.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var cs stripe.CheckoutSession
	if err := json.Unmarshal(ev.Data.Raw, &cs); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	userID, err := strconv.ParseInt(cs.ClientReferenceID, 10, 64)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	u, err := a.store.UserByID(r.Context(), userID)
	if err != nil || u == nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	sig := fmt.Sprintf("stripe-session-id=%v", cs.ID)
	t, err := a.store.TransactionBySignature(r.Context(), sig)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if t == nil {
		if err := a.store.TopUp(r.Context(), u, sig, cs.AmountTotal); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// GiftCardWebhook leaves when the session's transaction is found, then
// credits: the same existence check, tested the other way (silent).
func (a *API) GiftCardWebhook(w http.ResponseWriter, r *http.Request) {
	cs, ok := a.session(w, r)
	if !ok {
		return
	}
	sig := "giftcard:" + cs.ID
	if t, err := a.store.TransactionBySignature(r.Context(), sig); err != nil || t != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := a.store.TopUp(r.Context(), &store.User{ID: 1}, sig, cs.AmountTotal); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// BonusWebhook looks the user up by the session's reference and credits
// once the user is found: a redelivery finds the user too (reported).
func (a *API) BonusWebhook(w http.ResponseWriter, r *http.Request) {
	cs, ok := a.session(w, r)
	if !ok {
		return
	}
	userID, _ := strconv.ParseInt(cs.ClientReferenceID, 10, 64)
	u, err := a.store.UserByID(r.Context(), userID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if u != nil {
		if err := a.store.TopUp(r.Context(), u, "bonus:"+cs.ID+":"+strconv.FormatInt(time.Now().UnixNano(), 10), 500); err != nil { // want `webhook handler inserts a ledger or payment row \(store.Store.TopUp`
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// ReferralWebhook looks the transaction up under a signature that carries
// the time of the delivery: a redelivery looks for another signature and
// credits again (reported).
func (a *API) ReferralWebhook(w http.ResponseWriter, r *http.Request) {
	cs, ok := a.session(w, r)
	if !ok {
		return
	}
	sig := fmt.Sprintf("referral=%s@%d", cs.ID, time.Now().Unix())
	t, err := a.store.TransactionBySignature(r.Context(), sig)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if t == nil {
		if err := a.store.TopUp(r.Context(), &store.User{ID: 1}, sig, cs.AmountTotal); err != nil { // want `webhook handler inserts a ledger or payment row \(store.Store.TopUp`
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

func Routes(mux *http.ServeMux, a *API) {
	mux.HandleFunc("POST /v1/balances-webhook", a.BalanceWebhook)
	mux.HandleFunc("POST /v1/giftcards-webhook", a.GiftCardWebhook)
	mux.HandleFunc("POST /v1/bonus-webhook", a.BonusWebhook)
	mux.HandleFunc("POST /v1/referral-webhook", a.ReferralWebhook)
}
