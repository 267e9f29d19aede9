// Package generic: generic handler helpers (typed JSON endpoints, a
// generic adapter) and a success endpoint built with them.
package generic

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

type Endpoint[Req, Resp any] func(ctx context.Context, req Req) (Resp, error)

// JSON adapts a typed endpoint to net/http.
func JSON[Req, Resp any](fn Endpoint[Req, Resp]) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req Req
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		resp, err := fn(r.Context(), req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnprocessableEntity)
			return
		}
		write(w, http.StatusOK, resp)
	}
}

func write[T any](w http.ResponseWriter, code int, v T) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

type Cache[K comparable, V any] struct{ m map[K]V }

func (c *Cache[K, V]) Get(k K) (V, bool) { v, ok := c.m[k]; return v, ok }

type completeReq struct{ SessionID string }
type completeResp struct{ OrderID string }

type Shop struct {
	cache *Cache[string, string]
}

func (s *Shop) fulfillOrder(ctx context.Context, id string) error { return nil }

func (s *Shop) complete(ctx context.Context, req completeReq) (completeResp, error) {
	cs, err := session.Get(req.SessionID, nil)
	if err != nil {
		return completeResp{}, err
	}
	if cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		return completeResp{}, errors.New("not paid")
	}
	if err := s.fulfillOrder(ctx, cs.ClientReferenceID); err != nil {
		return completeResp{}, err
	}
	return completeResp{OrderID: cs.ClientReferenceID}, nil
}

func (s *Shop) Routes(mux *http.ServeMux) {
	mux.Handle("POST /api/checkout/complete", JSON(s.complete))
	mux.HandleFunc("GET /checkout/success", func(w http.ResponseWriter, r *http.Request) {
		id, _ := s.cache.Get(r.URL.Query().Get("session_id"))
		write(w, http.StatusOK, map[string]string{"order": id})
	})
}
