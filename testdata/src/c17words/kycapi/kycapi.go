// Package kycapi is the back end of a neobank's onboarding form (echo): a
// customer who uploaded a passport asks for it to be checked; once the
// vendor clears it, the checker opens the customer's wallet. The route
// and the call name a check ("verify") and the effect is named as a grant
// (ActivateWallet), yet nothing here comes from a payment provider.
package kycapi

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"c17words/kyc"
)

// API is the onboarding API.
type API struct {
	checker *kyc.Checker
}

// Mount registers the onboarding routes; the API gateway in front
// authenticates the customer and sets X-Customer-Id.
func (a *API) Mount(e *echo.Echo) {
	e.POST("/kyc/documents/:id/verify", a.VerifyDocument)
}

// VerifyDocument has the customer's document checked: a form the
// customer submits, answered with the outcome.
func (a *API) VerifyDocument(c echo.Context) error {
	customer := c.Request().Header.Get("X-Customer-Id")
	review, err := a.checker.VerifyDocument(c.Param("id"), customer)
	if err != nil {
		return c.JSON(http.StatusBadGateway, map[string]string{"error": "vendor unavailable"})
	}
	return c.JSON(http.StatusOK, review)
}
