package api

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"audit22/ridehail/rzp"
	"audit22/ridehail/store"
)

// Driver serves the driver app and the tip pages riders open in India.
type Driver struct {
	repo  *store.Repo
	razor *rzp.Gateway
	docs  DocChecker
	log   *slog.Logger
}

// DocChecker reads the KYC status of a driver's uploaded documents.
type DocChecker interface {
	Status(ctx context.Context, driverID string) (string, error)
}

// NewDriver builds the driver API.
func NewDriver(repo *store.Repo, razor *rzp.Gateway, docs DocChecker, log *slog.Logger) *Driver {
	return &Driver{repo: repo, razor: razor, docs: docs, log: log}
}

// Routes mounts the driver API.
func (h *Driver) Routes(e *echo.Echo) {
	e.GET("/tips/complete", h.tipComplete)
	e.GET("/fare/complete", h.fareComplete)
	e.GET("/driver/:id/kyc", h.kyc)
}

// tipComplete is Razorpay Checkout's callback_url for tips: the browser
// comes back with the payment id after the rider paid the tip.
func (h *Driver) tipComplete(c echo.Context) error {
	ctx := c.Request().Context()
	payID := c.QueryParam("razorpay_payment_id")
	tripID := c.QueryParam("trip_id")
	pay, err := h.razor.Payment(payID)
	if err != nil {
		return c.String(http.StatusBadGateway, "could not confirm your tip")
	}
	trip, err := h.repo.Trip(ctx, tripID)
	if err != nil {
		return c.String(http.StatusNotFound, "unknown trip")
	}
	amount, _ := pay["amount"].(float64)
	if err := h.repo.CreditDriver(ctx, trip.DriverID, amount/100); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment"
		return c.String(http.StatusInternalServerError, "try again")
	}
	return c.Redirect(http.StatusFound, "ridehail://tip/thanks")
}

// fareComplete is the card checkout callback_url for fares.
func (h *Driver) fareComplete(c echo.Context) error {
	ctx := c.Request().Context()
	pay, err := h.razor.Payment(c.QueryParam("razorpay_payment_id"))
	if err != nil {
		return c.String(http.StatusBadGateway, "could not confirm payment")
	}
	orderID, _ := pay["order_id"].(string)
	p, err := h.repo.PaymentByRef(ctx, orderID)
	if err != nil {
		return c.String(http.StatusNotFound, "unknown payment")
	}
	if status, _ := pay["status"].(string); status == "captured" {
		if err := h.repo.MarkPaid(ctx, p.ID); err != nil { // audit: lookalike redirectfulfill: the payment is read from Razorpay and marked paid only when its status is captured
			return c.String(http.StatusInternalServerError, "try again")
		}
		return c.Redirect(http.StatusFound, "ridehail://trip/paid")
	}
	return c.Redirect(http.StatusFound, "ridehail://trip/pending")
}

// kyc waits briefly for the document check so the onboarding screen can
// move on without a refresh.
func (h *Driver) kyc(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.Param("id")
	for i := 0; i < 10; i++ {
		st, err := h.docs.Status(ctx, id)
		if err != nil {
			return err
		}
		if st != "in_review" {
			return c.JSON(http.StatusOK, map[string]string{"status": st})
		}
		time.Sleep(500 * time.Millisecond) // audit: lookalike pollinterval: polls a KYC document check, not a payment
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "in_review"})
}
