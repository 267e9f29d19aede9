package shopweb

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"r13return/fulfil"
)

// ReceiptPages is the echo thank-you page: its use case only mails.
type ReceiptPages struct {
	Receipts *fulfil.Receipts
}

func (p *ReceiptPages) Register(e *echo.Echo) {
	e.GET("/checkout/thanks", p.Thanks)
}

func (p *ReceiptPages) Thanks(c echo.Context) error {
	if err := p.Receipts.Resend(c.Request().Context(), c.QueryParam("order"), c.QueryParam("email")); err != nil {
		return c.String(http.StatusInternalServerError, "try again")
	}
	return c.String(http.StatusOK, "thank you")
}
