// Package paidhelper: the status check lives in a helper that returns an
// error unless the session is paid (or a bool true only when paid).
package paidhelper

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

var ErrNotPaid = errors.New("checkout session not paid")

func paidSession(id string) (*stripe.CheckoutSession, error) {
	s, err := session.Get(id, nil)
	if err != nil {
		return nil, fmt.Errorf("get session %s: %w", id, err)
	}
	if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		return nil, ErrNotPaid
	}
	return s, nil
}

func paidRef(id string) (string, bool) {
	s, err := session.Get(id, nil)
	if err != nil {
		return "", false
	}
	return s.ClientReferenceID, s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid
}

type Fulfiller struct{}

func (Fulfiller) ShipOrder(ref string) error    { return nil }
func (Fulfiller) GrantLicense(ref string) error { return nil }

var ful Fulfiller

func SuccessHandler(w http.ResponseWriter, r *http.Request) {
	s, err := paidSession(r.URL.Query().Get("session_id"))
	if errors.Is(err, ErrNotPaid) {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if err := ful.ShipOrder(s.ClientReferenceID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	fmt.Fprintln(w, "thank you")
}

func Register(r *gin.Engine) {
	r.GET("/license/success", func(c *gin.Context) {
		ref, ok := paidRef(c.Query("session_id"))
		if !ok {
			c.Redirect(http.StatusSeeOther, "/pricing")
			return
		}
		_ = ful.GrantLicense(ref)
		c.HTML(http.StatusOK, "license.html", nil)
	})
}
