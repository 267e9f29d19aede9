// Package api mounts the billing service's Stripe hooks on net/http.
package api

import (
	"io"
	"net/http"

	"r16setupack/billing"
)

type API struct {
	svc *billing.Service
}

func (a *API) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /hooks/stripe/trials", a.trials)
	mux.HandleFunc("POST /hooks/stripe/accounts", a.accounts)
	mux.HandleFunc("POST /hooks/stripe/decoded", a.decoded)
	mux.HandleFunc("POST /hooks/stripe/confirmed", a.confirmed)
	mux.HandleFunc("POST /hooks/stripe/remote", a.remote)
}

// trials: the mistake — the verifying call goes on to open a session
// before the handler answers.
func (a *API) trials(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := a.svc.Handle(body, r.Header.Get("Stripe-Signature")); err != nil { // want `webhook handler calls billing.Service.Handle, which calls billing.Service.trialEnding, which calls the payment provider \(stripe session.New\) before answering`
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// accounts: the same with a relay POST past the check.
func (a *API) accounts(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := a.svc.Accept(body, r.Header.Get("Stripe-Signature")); err != nil { // want `webhook handler calls billing.Service.Accept, which calls an external API \(http.Client.Do\) before answering`
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// decoded: verification and decoding only; silent.
func (a *API) decoded(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if _, err := a.svc.Decode(body, r.Header.Get("Stripe-Signature")); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// confirmed: verified, then the payment read back once; silent.
func (a *API) confirmed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := a.svc.Confirm(body, r.Header.Get("Stripe-Signature")); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// remote: a remote verification is the check itself; silent.
func (a *API) remote(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := a.svc.VerifyRemote(body, r.Header.Get("Stripe-Signature")); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}
