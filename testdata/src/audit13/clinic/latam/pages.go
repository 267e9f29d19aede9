package latam

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
)

// Register mounts the pages Mercado Pago's checkout sends patients back to.
func (s *Service) Register(g *echo.Group) {
	g.GET("/latam/return", s.returnPage)
	g.GET("/latam/pending", s.pendingPage)
}

// returnPage is Mercado Pago's back_urls.success target.
func (s *Service) returnPage(c echo.Context) error {
	status := c.QueryParam("collection_status")
	visitID := c.QueryParam("external_reference")
	paymentID := c.QueryParam("payment_id")
	if visitID == "" {
		return c.Redirect(http.StatusSeeOther, "/portal")
	}
	if status == "approved" {
		if err := s.visits.MarkPaid(c.Request().Context(), visitID, paymentID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(collection_status\\)"
			return echo.NewHTTPError(http.StatusInternalServerError, "could not record payment")
		}
		return c.Redirect(http.StatusSeeOther, "/portal/visits/"+visitID+"?paid=1")
	}
	return c.Redirect(http.StatusSeeOther, "/portal/visits/"+visitID)
}

// pendingPage is the back_urls.pending target: boleto and Pix payments
// arrive here before they are paid.
func (s *Service) pendingPage(c echo.Context) error {
	visitID := c.QueryParam("external_reference")
	id, err := strconv.Atoi(c.QueryParam("payment_id"))
	if err != nil || visitID == "" {
		return c.Redirect(http.StatusSeeOther, "/portal")
	}
	p, err := s.Lookup(c.Request().Context(), id)
	if err != nil {
		return c.String(http.StatusOK, "We are confirming your payment. You can close this page.")
	}
	if p.Status == "approved" && p.ExternalReference == visitID {
		if err := s.visits.MarkPaid(c.Request().Context(), visitID, strconv.Itoa(p.ID)); err != nil {
			return echo.NewHTTPError(http.StatusInternalServerError, "could not record payment")
		}
		return c.Redirect(http.StatusSeeOther, "/portal/visits/"+visitID+"?paid=1")
	}
	return c.String(http.StatusOK, fmt.Sprintf("Payment %d is %s. We will email you when it is confirmed.", p.ID, p.Status))
}
