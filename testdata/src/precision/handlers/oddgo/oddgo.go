// Package oddgo: valid but unusual Go around handlers — calls of
// type-parameter-typed function values, builtins, a recursive middleware,
// instantiated generic method values as handlers, a labelled loop and
// goto in a webhook. Nothing may crash; nothing is reported.
package oddgo

import (
	"context"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82/webhook"
)

type Orders struct{}

func (Orders) FulfillOrder(ctx context.Context, id string) error { return nil }

var orders Orders

// Verify calls a verifier given as a type parameter.
func Verify[F interface {
	~func([]byte, string, string) error | ~func([]byte, string) error
}](f F, body []byte, sig, secret string) error {
	if g, ok := any(f).(func([]byte, string, string) error); ok {
		return g(body, sig, secret)
	}
	return nil
}

// Call calls a function-typed type parameter with a core type.
func Call[F ~func([]byte, string, string) error](f F, body []byte, sig, secret string) error {
	return f(body, sig, secret)
}

type verifyFunc func([]byte, string, string) error

func verifyAny[F ~func([]byte, string, string) error](f F, body []byte, sig string) error {
	return f(body, sig, "whsec")
}

func recursive(n int) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		if n == 0 {
			return next
		}
		return recursive(n - 1)(next)
	}
}

type Srv[T any] struct{ secret string }

func (s *Srv[T]) hook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := webhook.ValidatePayload(body, r.Header.Get("Stripe-Signature"), s.secret); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	buf := make([]byte, 0, len(body))
	buf = append(buf, body...)
	_ = orders.FulfillOrder(r.Context(), string(buf))
}

func gotoHook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tries := 0
retry:
	if err := webhook.ValidatePayload(body, r.Header.Get("Stripe-Signature"), "whsec"); err != nil {
		tries++
		if tries < 2 {
			goto retry
		}
		w.WriteHeader(http.StatusBadRequest)
		return
	}
outer:
	for i := 0; i < 3; i++ {
		for j := range 2 {
			if i*j > 1 {
				break outer
			}
		}
	}
	_ = orders.FulfillOrder(r.Context(), string(body))
}

func Routes(mux *http.ServeMux) {
	s := &Srv[int]{}
	mux.HandleFunc("/webhooks/generic", s.hook)
	mux.Handle("/webhooks/recursive", recursive(3)(http.HandlerFunc(s.hook)))
	mux.HandleFunc("/webhooks/goto", gotoHook)
	_ = Verify(webhook.ValidatePayload, nil, "", "")
	_ = Call(webhook.ValidatePayload, nil, "", "")
	_ = verifyAny(verifyFunc(webhook.ValidatePayload), nil, "")
}
