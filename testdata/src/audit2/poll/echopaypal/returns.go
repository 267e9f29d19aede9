package echopaypal

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/plutov/paypal/v4"
)

// legacyReturn is the old Express Checkout return URL, still linked from
// e-mails sent before the migration.
func (s *Server) legacyReturn(c echo.Context) error {
	paymentID := c.QueryParam("paymentId")
	payerID := c.QueryParam("PayerID")
	if paymentID == "" || payerID == "" {
		return c.Redirect(http.StatusFound, "/courses")
	}
	if err := s.enroll.Grant(c.QueryParam("user"), c.QueryParam("course")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler"
		return err
	}
	return c.Redirect(http.StatusFound, "/my/courses")
}

// orderReturn captures the approved order before granting access.
func (s *Server) orderReturn(c echo.Context) error {
	ctx := c.Request().Context()
	res, err := s.pp.CaptureOrder(ctx, c.QueryParam("token"), paypal.CaptureOrderRequest{})
	if err != nil {
		return c.String(http.StatusPaymentRequired, "payment not completed")
	}
	if res.Status != paypal.OrderStatusCompleted {
		return c.String(http.StatusPaymentRequired, "payment not completed")
	}
	if err := s.enroll.Grant(c.QueryParam("user"), c.QueryParam("course")); err != nil {
		return err
	}
	return c.Redirect(http.StatusFound, "/my/courses")
}

// cancel only tells the buyer nothing was charged.
func (s *Server) cancel(c echo.Context) error {
	return c.String(http.StatusOK, "Payment cancelled. You have not been charged.")
}
