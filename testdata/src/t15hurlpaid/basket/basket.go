// Package basket is an echo shop paid through a Mollie hosted page; its
// basket page reads the word Mollie's status would have.
package basket

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Basket struct {
	ID     string
	Intent string
}

// Baskets is the basket port.
type Baskets interface {
	Get(ctx context.Context, id string) (*Basket, error)
	MarkPaid(ctx context.Context, id string) error
}

type Shop struct{ baskets Baskets }

func (s *Shop) Register(e *echo.Echo) {
	e.GET("/basket/:id/view", s.view)
	e.GET("/basket/:id/check", s.check)
	e.GET("/admin/basket/:id/view", s.staffView)
	e.GET("/basket/:id/plan", s.plan)
}

// view marks the basket paid on ?st=paid.
func (s *Shop) view(c echo.Context) error {
	ctx := c.Request().Context()
	switch c.QueryParam("st") {
	case "paid":
		if err := s.baskets.MarkPaid(ctx, c.Param("id")); err != nil { // want `order fulfilled in the success-redirect handler from the query string \(st\) without reading the payment's status from the provider`
			return err
		}
		return c.String(http.StatusOK, "merci")
	}
	return c.String(http.StatusOK, "pending")
}

// check reads the PaymentIntent back and tests its status before marking
// the basket paid: the query only chooses the words.
func (s *Shop) check(c echo.Context) error {
	ctx := c.Request().Context()
	if c.QueryParam("st") != "paid" {
		return c.String(http.StatusOK, "pending")
	}
	b, err := s.baskets.Get(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	pi, err := paymentintent.Get(b.Intent, nil)
	if err != nil {
		return err
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return c.String(http.StatusOK, "processing")
	}
	if err := s.baskets.MarkPaid(ctx, b.ID); err != nil {
		return err
	}
	return c.String(http.StatusOK, "merci")
}

// staffView is the back office settling a basket paid at the counter.
func (s *Shop) staffView(c echo.Context) error {
	if c.QueryParam("st") == "paid" {
		return s.baskets.MarkPaid(c.Request().Context(), c.Param("id"))
	}
	return c.NoContent(http.StatusNoContent)
}

// plan compares ?plan=active, a subscription's word, not a payment's.
func (s *Shop) plan(c echo.Context) error {
	if c.QueryParam("plan") == "active" {
		return s.baskets.MarkPaid(c.Request().Context(), c.Param("id"))
	}
	return c.String(http.StatusOK, "danke")
}
