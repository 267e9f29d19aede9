// Package hooks mounts its payment webhooks behind middleware factories of
// package mw, and hands its effects as callbacks to mw's helpers: silent
// where the factory or helper verifies first, reported where it does not.
package hooks

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"

	"webhookverify/factory/mw"
)

type Hooks struct {
	db     *sql.DB
	secret []byte
	gate   mw.Gate
}

func (h *Hooks) Routes() http.Handler {
	r := chi.NewRouter()
	r.With(mw.Signed(h.secret)).Post("/webhooks/signed", h.event)
	r.With(mw.SignedLocal(h.secret)).Post("/webhooks/local", h.localEvent)
	r.With(mw.SignedMethod(h.secret)).Post("/webhooks/method", h.methodEvent)
	r.With(mw.Logged("hooks")).Post("/webhooks/logged", h.loggedEvent)
	r.With(mw.Maybe(h.secret, true)).Post("/webhooks/maybe", h.maybeEvent)
	r.Group(func(g chi.Router) {
		g.Use(mw.Signed(h.secret))
		g.Post("/webhooks/group", h.groupEvent)
	})
	r.Group(func(g chi.Router) {
		g.Use(mw.Logged("group"))
		g.Post("/webhooks/group-logged", h.groupLoggedEvent)
	})
	r.Handle("/webhooks/wrapped", mw.Signed(h.secret)(http.HandlerFunc(h.wrappedEvent)))
	r.Handle("/webhooks/wrapped-logged", mw.Logged("hooks")(http.HandlerFunc(h.wrappedLoggedEvent)))
	r.Post("/webhooks/cb", h.callback)
	r.Post("/webhooks/cb-serve", h.serveCallback)
	r.Post("/webhooks/cb-first", h.firstCallback)
	r.Post("/webhooks/cb-always", h.alwaysCallback)
	r.Post("/webhooks/cb-logged", h.loggedCallback)
	r.Post("/webhooks/cb-gated", h.gatedCallback)
	r.Post("/webhooks/cb-local", h.localCallback)
	r.Post("/webhooks/cb-local-first", h.localFirstCallback)
	return r
}

func (h *Hooks) markPaid(orderID string) error {
	_, err := h.db.Exec(`UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1`, orderID)
	return err
}

func (h *Hooks) decode(w http.ResponseWriter, r *http.Request) (mw.Event, bool) {
	var ev mw.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return ev, false
	}
	return ev, true
}

// event is mounted only behind verifying factories: silent.
func (h *Hooks) event(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.decode(w, r)
	if !ok {
		return
	}
	if ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID)
	}
	w.WriteHeader(http.StatusOK)
}

// localEvent, methodEvent and groupEvent are behind verifying factories
// too: silent.
func (h *Hooks) localEvent(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.decode(w, r)
	if ok && ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID)
	}
}

func (h *Hooks) methodEvent(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.decode(w, r)
	if ok && ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID)
	}
}

func (h *Hooks) groupEvent(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.decode(w, r)
	if ok && ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID)
	}
}

func (h *Hooks) loggedEvent(w http.ResponseWriter, r *http.Request) {
	var ev mw.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID) // want `payment webhook /webhooks/logged acts on the payment`
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Hooks) maybeEvent(w http.ResponseWriter, r *http.Request) {
	var ev mw.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID) // want `payment webhook /webhooks/maybe acts on the payment`
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Hooks) groupLoggedEvent(w http.ResponseWriter, r *http.Request) {
	var ev mw.Event
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID) // want `payment webhook /webhooks/group-logged acts on the payment`
	}
	w.WriteHeader(http.StatusOK)
}

// callback hands its effect to a helper that verifies first: silent.
func (h *Hooks) callback(w http.ResponseWriter, r *http.Request) {
	mw.HandleSigned(w, r, h.secret, func(ev mw.Event) error {
		if ev.Type == "payment.succeeded" {
			return h.markPaid(ev.OrderID)
		}
		return nil
	})
}

// serveCallback hands a handler value on: silent.
func (h *Hooks) serveCallback(w http.ResponseWriter, r *http.Request) {
	mw.ServeSigned(h.secret, w, r, func(w http.ResponseWriter, r *http.Request) {
		ev, ok := h.decode(w, r)
		if ok && ev.Type == "payment.succeeded" {
			h.markPaid(ev.OrderID)
		}
	})
}

func (h *Hooks) firstCallback(w http.ResponseWriter, r *http.Request) {
	mw.HandleFirst(w, r, h.secret, func(ev mw.Event) error {
		if ev.Type == "payment.succeeded" {
			return h.markPaid(ev.OrderID) // want `payment webhook /webhooks/cb-first acts on the payment`
		}
		return nil
	})
}

func (h *Hooks) alwaysCallback(w http.ResponseWriter, r *http.Request) {
	mw.HandleAlways(w, r, h.secret, func(ev mw.Event) error {
		if ev.Type == "payment.succeeded" {
			return h.markPaid(ev.OrderID) // want `payment webhook /webhooks/cb-always acts on the payment`
		}
		return nil
	})
}

func (h *Hooks) loggedCallback(w http.ResponseWriter, r *http.Request) {
	mw.HandleLogged(w, r, h.secret, func(ev mw.Event) error {
		if ev.Type == "payment.succeeded" {
			return h.markPaid(ev.OrderID) // want `payment webhook /webhooks/cb-logged acts on the payment`
		}
		return nil
	})
}

// gatedCallback: the helper's gate is one paylint cannot judge: silent.
func (h *Hooks) gatedCallback(w http.ResponseWriter, r *http.Request) {
	mw.HandleGated(h.gate, w, r, func(ev mw.Event) error {
		if ev.Type == "payment.succeeded" {
			return h.markPaid(ev.OrderID)
		}
		return nil
	})
}

// wrappedEvent is wrapped in a verifying factory's middleware: silent.
func (h *Hooks) wrappedEvent(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.decode(w, r)
	if ok && ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID)
	}
}

// wrappedLoggedEvent is wrapped in a logging factory's middleware only.
func (h *Hooks) wrappedLoggedEvent(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.decode(w, r)
	if ok && ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID) // want `payment webhook /webhooks/wrapped-logged acts on the payment`
	}
}
