// Package rentals serves the return pages of a bike and scooter rental:
// the card is authorised for the deposit (capture_method=manual) and the
// buyer comes back from 3-D Secure. The store is bound in main.
package rentals

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Rentals is the rental store.
type Rentals interface {
	UpdateDeposit(ctx context.Context, id, state string) error
}

// Pages holds the rental return pages.
type Pages struct {
	rentals Rentals
	city    string
}

// Option configures the pages.
type Option func(*Pages)

// InCity names the city the fleet serves.
func InCity(c string) Option { return func(p *Pages) { p.city = c } }

// New returns the pages.
func New(r Rentals, opts ...Option) *Pages {
	p := &Pages{rentals: r}
	for _, o := range opts {
		o(p)
	}
	return p
}

// Register mounts the pages.
func (p *Pages) Register(e *echo.Echo) {
	e.GET("/rent/bike/return", p.BikeReturn)
	e.GET("/rent/scooter/return", p.ScooterReturn)
	e.GET("/rent/van/return", p.VanReturn)
	e.GET("/rent/cargo/return", p.CargoReturn)
}

// BikeReturn records the hold after checking only the metadata: a failed
// authentication (requires_payment_method) unlocks the bike too.
func (p *Pages) BikeReturn(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.QueryParam("rental")
	pi, err := paymentintent.Get(c.QueryParam("payment_intent"), nil)
	if err != nil {
		return c.String(http.StatusBadGateway, "try again")
	}
	if pi.Metadata["rental_id"] != id {
		return c.String(http.StatusBadRequest, "unknown rental")
	}
	if err := p.rentals.UpdateDeposit(ctx, id, "requires_capture"); err != nil {
		return err
	}
	return c.String(http.StatusOK, "your bike is unlocked")
}

// ScooterReturn records the hold through a method of its own.
func (p *Pages) ScooterReturn(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.QueryParam("rental")
	if _, err := paymentintent.Get(c.QueryParam("payment_intent"), nil); err != nil {
		return c.String(http.StatusBadGateway, "try again")
	}
	if err := p.reserve(ctx, id); err != nil {
		return err
	}
	return c.String(http.StatusOK, "your scooter is reserved")
}

func (p *Pages) reserve(ctx context.Context, id string) error {
	if err := p.rentals.UpdateDeposit(ctx, id, "authorised"); err != nil {
		return err
	}
	return nil
}

// VanReturn records the hold only once Stripe says it is capturable: silent.
func (p *Pages) VanReturn(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.QueryParam("rental")
	pi, err := paymentintent.Get(c.QueryParam("payment_intent"), nil)
	if err != nil {
		return c.String(http.StatusBadGateway, "try again")
	}
	if pi.Status != stripe.PaymentIntentStatusRequiresCapture {
		return c.String(http.StatusPaymentRequired, "card not authorised")
	}
	if err := p.reserve(ctx, id); err != nil {
		return err
	}
	return c.String(http.StatusOK, "your van is reserved")
}

// CargoReturn records only that the payment is processing: no grant, silent.
func (p *Pages) CargoReturn(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.QueryParam("rental")
	if _, err := paymentintent.Get(c.QueryParam("payment_intent"), nil); err != nil {
		return c.String(http.StatusBadGateway, "try again")
	}
	if err := p.rentals.UpdateDeposit(ctx, id, "processing"); err != nil {
		return err
	}
	return c.String(http.StatusOK, "we are confirming your card")
}
