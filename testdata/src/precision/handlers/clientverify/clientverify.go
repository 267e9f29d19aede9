// Package clientverify: stripe.Client.ConstructEvent (v82) in gin, a
// verifier behind an interface, verification in a per-provider switch,
// fulfilment in a goroutine after verification, a webhook route table.
package clientverify

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Orders interface {
	FulfillOrder(ctx context.Context, id string) error
	MarkOrderPaid(ctx context.Context, id string) error
}

type SignatureVerifier interface {
	Verify(ctx context.Context, payload []byte, header http.Header) error
}

type Server struct {
	sc       *stripe.Client
	secret   string
	orders   Orders
	verifier SignatureVerifier
}

func (s *Server) Gin(r *gin.Engine) {
	r.POST("/api/stripe/webhook", func(c *gin.Context) {
		body, err := c.GetRawData()
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		ev, err := s.sc.ConstructEvent(body, c.GetHeader("Stripe-Signature"), s.secret)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "bad signature"})
			return
		}
		if ev.Type == stripe.EventTypeCheckoutSessionCompleted {
			var cs stripe.CheckoutSession
			if err := json.Unmarshal(ev.Data.Raw, &cs); err != nil {
				c.AbortWithStatus(http.StatusBadRequest)
				return
			}
			if err := s.orders.FulfillOrder(c, cs.ClientReferenceID); err != nil {
				c.AbortWithStatus(http.StatusInternalServerError)
				return
			}
		}
		c.Status(http.StatusOK)
	})
}

func (s *Server) paymentsHook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := s.verifier.Verify(r.Context(), body, r.Header); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var ev struct{ OrderID, Status string }
	_ = json.Unmarshal(body, &ev)
	if ev.Status == "succeeded" {
		_ = s.orders.MarkOrderPaid(r.Context(), ev.OrderID)
	}
}

func (s *Server) multiProvider(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var orderID string
	switch r.PathValue("provider") {
	case "stripe":
		ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), s.secret)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		orderID = ev.ID
	case "acme":
		if err := s.verifier.Verify(r.Context(), body, r.Header); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		orderID = r.URL.Query().Get("ref")
	default:
		w.WriteHeader(http.StatusNotFound)
		return
	}
	_ = s.orders.FulfillOrder(r.Context(), orderID)
}

func (s *Server) asyncHook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), s.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	go func() {
		_ = s.orders.FulfillOrder(context.Background(), ev.ID)
	}()
}

func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/payments", s.paymentsHook)
	mux.HandleFunc("POST /webhooks/{provider}", s.multiProvider)
	mux.HandleFunc("POST /stripe/webhook/async", s.asyncHook)
}
