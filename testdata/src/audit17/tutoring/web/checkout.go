// Package web serves the student-facing checkout and return pages.
package web

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"audit17/tutoring/domain"
	"audit17/tutoring/payments"
	"audit17/tutoring/store"
)

// CheckoutVerifier confirms a Razorpay checkout from the provider.
type CheckoutVerifier interface {
	VerifyCheckout(orderID, paymentID, signature string) error
}

// Pages holds the return-page handlers.
type Pages struct {
	bookings *store.Bookings
	rzp      CheckoutVerifier
	adyen    *payments.Adyen
	xendit   *payments.Xendit
	refunds  *payments.Refunds
}

// NewPages returns the page handlers.
func NewPages(b *store.Bookings, rzp CheckoutVerifier, ad *payments.Adyen, xe *payments.Xendit, rf *payments.Refunds) *Pages {
	return &Pages{bookings: b, rzp: rzp, adyen: ad, xendit: xe, refunds: rf}
}

// XenditCheckout starts an e-wallet payment and waits briefly for the result.
func (p *Pages) XenditCheckout(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	ctx := c.Request().Context()
	b, err := p.bookings.Get(ctx, id)
	if err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	req, err := p.xendit.CreatePaymentRequest(ctx, b)
	if err != nil {
		return c.String(http.StatusBadGateway, "payment provider unavailable")
	}
	if err := p.bookings.SetProviderRef(ctx, b.ID, req.Id); err != nil {
		return err
	}
	status, err := p.xendit.AwaitPaymentRequest(ctx, req.Id)
	if err != nil {
		return c.String(http.StatusBadGateway, "payment provider unavailable")
	}
	return c.JSON(http.StatusOK, map[string]any{"booking": b.ID, "status": status})
}

// CancelLesson cancels and refunds a lesson.
func (p *Pages) CancelLesson(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := p.refunds.CancelLesson(c.Request().Context(), id); err != nil {
		return c.String(http.StatusConflict, err.Error())
	}
	return c.NoContent(http.StatusNoContent)
}

// RazorpayReturn is where Razorpay Checkout posts the student after paying.
func (p *Pages) RazorpayReturn(c *gin.Context) {
	orderID := c.PostForm("razorpay_order_id")
	paymentID := c.PostForm("razorpay_payment_id")
	sig := c.PostForm("razorpay_signature")
	ctx := c.Request.Context()
	b, err := p.bookings.ByProviderRef(ctx, orderID)
	if err != nil {
		c.HTML(http.StatusNotFound, "checkout_missing.html", nil)
		return
	}
	if err := p.rzp.VerifyCheckout(orderID, paymentID, sig); err != nil {
		if errors.Is(err, payments.ErrNotPaid) {
			c.HTML(http.StatusOK, "checkout_processing.html", gin.H{"booking": b.ID})
			return
		}
		c.HTML(http.StatusBadRequest, "checkout_failed.html", nil)
		return
	}
	if _, err := p.bookings.ConfirmIfPending(ctx, b.ID); err != nil {
		c.HTML(http.StatusInternalServerError, "error.html", nil)
		return
	}
	c.HTML(http.StatusOK, "checkout_done.html", gin.H{"booking": b.ID})
}

// PaymentLinkReturn is the callback_url of credit-pack payment links.
func (p *Pages) PaymentLinkReturn(c *gin.Context) {
	ref := c.Query("razorpay_payment_link_reference_id")
	status := c.Query("razorpay_payment_link_status")
	id, err := strconv.ParseInt(strings.TrimPrefix(ref, "pack-"), 10, 64)
	if err != nil {
		c.HTML(http.StatusBadRequest, "checkout_failed.html", nil)
		return
	}
	ctx := c.Request.Context()
	if status == "paid" {
		if err := p.grantPack(ctx, id); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string"
			c.HTML(http.StatusInternalServerError, "error.html", nil)
			return
		}
		c.HTML(http.StatusOK, "pack_done.html", gin.H{"booking": id})
		return
	}
	c.HTML(http.StatusOK, "checkout_processing.html", gin.H{"booking": id})
}

func (p *Pages) grantPack(ctx context.Context, bookingID int64) error {
	b, err := p.bookings.Get(ctx, bookingID)
	if err != nil {
		return err
	}
	ok, err := p.bookings.ConfirmIfPending(ctx, b.ID)
	if err != nil || !ok {
		return err
	}
	return p.bookings.GrantCredits(ctx, b.StudentID, b.Credits)
}

// XenditSuccess is the success_redirect_url of Xendit payment requests.
func (p *Pages) XenditSuccess(c echo.Context) error {
	id, err := strconv.ParseInt(c.QueryParam("booking"), 10, 64)
	if err != nil {
		return c.String(http.StatusBadRequest, "unknown booking")
	}
	ctx := c.Request().Context()
	b, err := p.bookings.Get(ctx, id)
	if err != nil {
		return c.String(http.StatusNotFound, "unknown booking")
	}
	if b.Status == domain.BookingPending {
		if err := p.bookings.MarkPaid(ctx, b.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status"
			return err
		}
		if err := p.bookings.GrantCredits(ctx, b.StudentID, b.Credits); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status"
			return err
		}
	}
	return c.Redirect(http.StatusSeeOther, "/lessons/"+strconv.FormatInt(b.ID, 10))
}

// BookingStatus lets the checkout page poll our own record of a booking.
func (p *Pages) BookingStatus(c echo.Context) error {
	id, _ := strconv.ParseInt(c.Param("id"), 10, 64)
	b, err := p.bookings.Get(c.Request().Context(), id)
	if err != nil {
		return c.NoContent(http.StatusNotFound)
	}
	return c.JSON(http.StatusOK, map[string]any{"paid": b.Status == domain.BookingPaid})
}

// AdyenReturn finishes a 3DS redirect and shows the result; the booking is
// confirmed by the AUTHORISATION notification.
func (p *Pages) AdyenReturn(w http.ResponseWriter, r *http.Request) {
	res, err := p.adyen.SubmitDetails(r.Context(), r.URL.Query().Get("redirectResult"))
	if err != nil {
		http.Error(w, "we could not finish your payment", http.StatusBadGateway)
		return
	}
	result := ""
	if res.ResultCode != nil {
		result = *res.ResultCode
	}
	switch result {
	case "Authorised":
		http.Redirect(w, r, "/checkout/thanks", http.StatusSeeOther)
	case "Pending", "Received":
		http.Redirect(w, r, "/checkout/processing", http.StatusSeeOther)
	default:
		http.Redirect(w, r, "/checkout/failed", http.StatusSeeOther)
	}
}
