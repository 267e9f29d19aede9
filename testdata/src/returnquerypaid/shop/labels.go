// Package shop is a courier's seller site: prepaid labels paid on a
// hosted invoice page (echo), court bookings (gin), and the parcel
// tracking pages (net/http).
package shop

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"
	stripe "github.com/stripe/stripe-go/v82"

	"returnquerypaid/store"
)

// LabelService issues label orders.
type LabelService struct{ orders *store.LabelOrders }

func NewLabelService(orders *store.LabelOrders) *LabelService { return &LabelService{orders: orders} }

// Issue issues an order's labels.
func (s *LabelService) Issue(ctx context.Context, orderID string) error {
	return s.orders.Issue(ctx, orderID)
}

// LabelPages are the pages the hosted invoice sends the seller back to.
type LabelPages struct {
	svc *LabelService
	sc  *stripe.Client
}

func NewLabelPages(svc *LabelService, sc *stripe.Client) *LabelPages {
	return &LabelPages{svc: svc, sc: sc}
}

func requireStaff(next echo.HandlerFunc) echo.HandlerFunc { return next }

// Mount registers the pages; the back office is behind staff sign-in.
func (p *LabelPages) Mount(e *echo.Echo) {
	e.GET("/labels/checkout/complete", p.complete)
	e.GET("/labels/checkout/thanks", p.thanks)
	e.GET("/labels/card/complete", p.cardComplete)
	admin := e.Group("/admin", requireStaff)
	admin.POST("/labels/:id/confirm-payment", p.confirmByStaff)
}

// complete: the invoice page's return URL carries ?status=PAID, and the
// labels are issued on its word.
func (p *LabelPages) complete(c echo.Context) error {
	id := c.QueryParam("order_id")
	if c.QueryParam("status") == "PAID" {
		if err := p.svc.Issue(c.Request().Context(), id); err != nil { // want "order fulfilled in the success-redirect handler from the query string \\(status\\) without reading the payment's status from the provider"
			return echo.NewHTTPError(http.StatusInternalServerError, "could not issue labels")
		}
	}
	return c.Redirect(http.StatusFound, "/seller/labels/"+id)
}

// thanks only chooses what to show from the query: nothing is stored.
func (p *LabelPages) thanks(c echo.Context) error {
	if c.QueryParam("status") == "PAID" {
		return c.String(http.StatusOK, "Thank you! Your labels will be ready as soon as the payment is confirmed.")
	}
	return c.String(http.StatusOK, "Processing…")
}

// cardComplete reads the PaymentIntent back from Stripe and issues only
// when it succeeded: the query's redirect_status only picks the page.
func (p *LabelPages) cardComplete(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.QueryParam("order_id")
	if c.QueryParam("redirect_status") != "succeeded" {
		return c.String(http.StatusOK, "Your card was not charged.")
	}
	pi, err := p.sc.V1PaymentIntents.Retrieve(ctx, c.QueryParam("payment_intent"), nil)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "try again")
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		if err := p.svc.Issue(ctx, id); err != nil {
			return echo.NewHTTPError(http.StatusInternalServerError, "could not issue labels")
		}
	}
	return c.Redirect(http.StatusFound, "/seller/labels/"+id)
}

// confirmByStaff: a staff member who saw the bank transfer arrive marks
// the order paid from the back office.
func (p *LabelPages) confirmByStaff(c echo.Context) error {
	if c.FormValue("status") == "paid" {
		if err := p.svc.Issue(c.Request().Context(), c.Param("id")); err != nil {
			return echo.NewHTTPError(http.StatusInternalServerError, "could not issue labels")
		}
	}
	return c.NoContent(http.StatusNoContent)
}
