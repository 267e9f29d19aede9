// Package web serves the booking engine's pages.
package web

import (
	"context"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/labstack/echo/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Bookings is the reservation use case; reservations.Store implements it.
type Bookings interface {
	ConfirmBooking(ctx context.Context, ref string) error
	Lookup(ctx context.Context, ref string) (string, error)
}

// Pages holds the booking engine's dependencies.
type Pages struct {
	Bookings Bookings
	Adyen    *checkout.APIClient
}

// adyenReturn is where Adyen's hosted page sends the guest back.
func (p *Pages) adyenReturn(c echo.Context) error {
	ref := c.QueryParam("merchantReference")
	if c.QueryParam("resultCode") == "Authorised" {
		if err := p.Bookings.ConfirmBooking(c.Request().Context(), ref); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\)"
			return err
		}
	}
	return c.Redirect(http.StatusSeeOther, "/booking/"+ref+"/thanks")
}

// adyenDetails finishes a redirect payment (3-D Secure) with Adyen.
func (p *Pages) adyenDetails(c echo.Context) error {
	ctx := c.Request().Context()
	ref := c.QueryParam("ref")
	in := p.Adyen.PaymentsApi.PaymentsDetailsInput().PaymentDetailsRequest(checkout.PaymentDetailsRequest{
		Details: map[string]interface{}{"redirectResult": c.QueryParam("redirectResult")},
	})
	res, _, err := p.Adyen.PaymentsApi.PaymentsDetails(ctx, in)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "payment provider unavailable")
	}
	if res.ResultCode != nil && *res.ResultCode == "Authorised" {
		if err := p.Bookings.ConfirmBooking(ctx, ref); err != nil {
			return err
		}
		return c.Redirect(http.StatusSeeOther, "/booking/"+ref+"/thanks")
	}
	return c.Redirect(http.StatusSeeOther, "/booking/"+ref+"/payment-failed")
}

// adyenDetailsLegacy is the old 3-D Secure completion, still live for the spa site.
func (p *Pages) adyenDetailsLegacy(c echo.Context) error {
	ctx := c.Request().Context()
	ref := c.QueryParam("ref")
	in := p.Adyen.PaymentsApi.PaymentsDetailsInput().PaymentDetailsRequest(checkout.PaymentDetailsRequest{
		Details: map[string]interface{}{"redirectResult": c.QueryParam("redirectResult")},
	})
	if _, _, err := p.Adyen.PaymentsApi.PaymentsDetails(ctx, in); err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "payment provider unavailable")
	}
	if err := p.Bookings.ConfirmBooking(ctx, ref); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler"
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/spa/"+ref+"/thanks")
}

// stripeReturn confirms a guaranteed booking once the card is authorised.
func (p *Pages) stripeReturn(c echo.Context) error {
	ctx := c.Request().Context()
	pi, err := paymentintent.Get(c.QueryParam("payment_intent"), nil)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, "try again")
	}
	ref := pi.Metadata["booking_ref"]
	if pi.Status == stripe.PaymentIntentStatusSucceeded || pi.Status == stripe.PaymentIntentStatusRequiresCapture {
		if err := p.Bookings.ConfirmBooking(ctx, ref); err != nil {
			return err
		}
	}
	return c.Redirect(http.StatusSeeOther, "/booking/"+ref+"/thanks")
}

// thanks renders the confirmation page; it changes nothing.
func (p *Pages) thanks(c echo.Context) error {
	guest, err := p.Bookings.Lookup(c.Request().Context(), c.Param("ref"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.String(http.StatusOK, "Thank you, "+guest)
}
