package callbackauth

import (
	"os"

	"github.com/labstack/echo/v4"
)

// ReadNotice compares the callback token with the one in the
// environment: with the variable unset and no header sent, "" equals ""
// and anyone's notice is accepted.
func ReadNotice(c echo.Context) (Notice, error) {
	want := os.Getenv("INVOICE_CALLBACK_TOKEN")
	if c.Request().Header.Get("x-callback-token") != want {
		return Notice{}, errUnauthorized
	}
	return decode(c)
}

// ReadNoticeRequired refuses a request without a token before comparing:
// an empty variable then matches nothing.
func ReadNoticeRequired(c echo.Context) (Notice, error) {
	got := c.Request().Header.Get("x-callback-token")
	if got == "" || got != os.Getenv("INVOICE_CALLBACK_TOKEN") {
		return Notice{}, errUnauthorized
	}
	return decode(c)
}
