package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func (h *Hooks) validSig(body []byte, sig string) bool {
	m := hmac.New(sha256.New, h.secret)
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}

// withVerified is the same-package form of mw.HandleSigned.
func (h *Hooks) withVerified(w http.ResponseWriter, r *http.Request, fn func(orderID string) error) {
	body, _ := io.ReadAll(r.Body)
	if !h.validSig(body, r.Header.Get("X-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev struct {
		Type    string `json:"type"`
		OrderID string `json:"order_id"`
	}
	if json.Unmarshal(body, &ev) != nil || ev.Type != "payment.succeeded" {
		return
	}
	_ = fn(ev.OrderID)
}

// withFirst calls fn before it verifies.
func (h *Hooks) withFirst(w http.ResponseWriter, r *http.Request, fn func(orderID string) error) {
	body, _ := io.ReadAll(r.Body)
	var ev struct {
		Type    string `json:"type"`
		OrderID string `json:"order_id"`
	}
	_ = json.Unmarshal(body, &ev)
	_ = fn(ev.OrderID)
	if !h.validSig(body, r.Header.Get("X-Signature")) {
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func (h *Hooks) localCallback(w http.ResponseWriter, r *http.Request) {
	h.withVerified(w, r, func(orderID string) error {
		return h.markPaid(orderID)
	})
}

func (h *Hooks) localFirstCallback(w http.ResponseWriter, r *http.Request) {
	h.withFirst(w, r, func(orderID string) error {
		return h.markPaid(orderID) // want `payment webhook /webhooks/cb-local-first acts on the payment`
	})
}

type signer struct{ h *Hooks }

func (s signer) check(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if !s.h.validSig(body, r.Header.Get("X-Signature")) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s signer) pass(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

// signedBy and passedBy are this package's factories returning a method
// value.
func (h *Hooks) signedBy() func(http.Handler) http.Handler { return signer{h}.check }
func (h *Hooks) passedBy() func(http.Handler) http.Handler { return signer{h}.pass }

// LocalRoutes mounts behind this package's factories.
func (h *Hooks) LocalRoutes(r chi.Router) {
	r.With(h.signedBy()).Post("/webhooks/by-method", h.byMethod)
	r.With(h.passedBy()).Post("/webhooks/by-pass", h.byPass)
}

func (h *Hooks) byMethod(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.decode(w, r)
	if ok && ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID)
	}
}

func (h *Hooks) byPass(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.decode(w, r)
	if ok && ev.Type == "payment.succeeded" {
		h.markPaid(ev.OrderID) // want `payment webhook /webhooks/by-pass acts on the payment`
	}
}
