// Package generics: generic servers and handler adapters around return
// and webhook handlers; nothing here may crash or be reported.
package generics

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Fulfiller[ID comparable] interface {
	FulfillOrder(ctx context.Context, id ID) error
}

type Server[ID comparable, F Fulfiller[ID]] struct {
	ful    F
	parse  func(string) ID
	secret string
}

func (s *Server[ID, F]) success(w http.ResponseWriter, r *http.Request) {
	cs, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil || cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		http.Redirect(w, r, "/pending", http.StatusSeeOther)
		return
	}
	_ = s.ful.FulfillOrder(r.Context(), s.parse(cs.ClientReferenceID))
}

func (s *Server[ID, F]) webhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), s.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = s.ful.FulfillOrder(r.Context(), s.parse(ev.ID))
}

func (s *Server[ID, F]) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /checkout/success", s.success)
	mux.HandleFunc("POST /webhooks/stripe", s.webhook)
}

// Bind adapts a typed gin handler.
func Bind[T any](h func(*gin.Context, T)) gin.HandlerFunc {
	return func(c *gin.Context) {
		var v T
		if err := c.ShouldBindJSON(&v); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		h(c, v)
	}
}

type returnReq struct {
	SessionID string `json:"session_id"`
}

type intID int64

type intOrders struct{}

func (intOrders) FulfillOrder(ctx context.Context, id intID) error { return nil }

func Register(r *gin.Engine) {
	r.POST("/checkout/return", Bind(func(c *gin.Context, req returnReq) {
		cs, err := session.Get(req.SessionID, nil)
		if err != nil {
			c.AbortWithStatus(http.StatusBadGateway)
			return
		}
		c.JSON(http.StatusOK, gin.H{"paid": cs.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid})
	}))
	s := &Server[intID, intOrders]{parse: func(s string) intID { var n intID; _ = json.Unmarshal([]byte(s), &n); return n }}
	mux := http.NewServeMux()
	s.Routes(mux)
}
