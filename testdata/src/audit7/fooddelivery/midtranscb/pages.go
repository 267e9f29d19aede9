package midtranscb

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Finish is Snap's finish redirect: ?order_id=..&status_code=200&transaction_status=settlement
func (s *Server) Finish(c echo.Context) error {
	orderID := c.QueryParam("order_id")
	if c.QueryParam("transaction_status") == "settlement" {
		s.DB.MustExec("UPDATE orders SET status = 'paid' WHERE id = $1", orderID) // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler"
		return c.Redirect(http.StatusFound, "/orders/"+orderID+"/track")
	}
	return c.Redirect(http.StatusFound, "/orders/"+orderID)
}

// StatusPage is where the app lands when the customer comes back from GoPay.
func (s *Server) StatusPage(c echo.Context) error {
	orderID := c.QueryParam("order_id")
	st, merr := s.Core.CheckTransaction(orderID)
	if merr != nil {
		return c.String(http.StatusBadGateway, "checking your payment, pull to refresh")
	}
	if st.TransactionStatus == "settlement" {
		s.DB.MustExec("UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'pending'", orderID)
		return c.Redirect(http.StatusFound, "/orders/"+orderID+"/track")
	}
	return c.String(http.StatusOK, "payment "+st.TransactionStatus)
}
