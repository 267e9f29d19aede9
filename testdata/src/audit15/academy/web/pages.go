// Package web serves the learner-facing checkout pages and mounts every
// HTTP route of the academy.
package web

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"audit15/academy/billing"
	"audit15/academy/domain"
	"audit15/academy/store"
)

// Pages renders the pages learners land on after paying.
type Pages struct {
	Orders   *store.Orders
	Vouchers *store.Vouchers
	Razorpay *billing.Razorpay
	Mollie   *billing.Mollie
	Enroller domain.Enroller
}

// RazorpayComplete is Razorpay Checkout's callback_url.
func (p *Pages) RazorpayComplete(c echo.Context) error {
	ctx := c.Request().Context()
	rzOrder, captured, err := p.Razorpay.CapturedOrder(ctx, c.QueryParam("razorpay_payment_id"))
	if err != nil {
		return c.String(http.StatusBadGateway, "We could not confirm your payment yet. Please refresh.")
	}
	if !captured {
		return c.String(http.StatusOK, "Your payment is being processed. You'll get an e-mail shortly.")
	}
	o, err := p.Orders.ByProviderRef(ctx, rzOrder)
	if err != nil {
		return c.String(http.StatusNotFound, "Unknown order")
	}
	if err := p.Enroller.Enroll(ctx, o.LearnerID, o.CourseID, o.ID); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/learn/"+o.CourseID)
}

// WalletReturn is where Kwikpay sends the learner back after approving
// the prompt in the wallet app.
func (p *Pages) WalletReturn(c echo.Context) error {
	ctx := c.Request().Context()
	o, err := p.Orders.Get(ctx, c.QueryParam("order"))
	if err != nil {
		return c.String(http.StatusNotFound, "Unknown order")
	}
	if c.QueryParam("status") == "SUCCESS" {
		if _, err := p.Orders.MarkPaid(ctx, o.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
			return err
		}
		if err := p.Enroller.Enroll(ctx, o.LearnerID, o.CourseID, o.ID); err != nil {
			return err
		}
		return c.Redirect(http.StatusSeeOther, "/learn/"+o.CourseID)
	}
	return c.Redirect(http.StatusSeeOther, "/checkout/"+o.ID+"?retry=1")
}

// MollieReturn is the redirectUrl of course payments.
func (p *Pages) MollieReturn(c *fiber.Ctx) error {
	ctx := c.UserContext()
	o, err := p.Orders.Get(ctx, c.Query("order"))
	if err != nil {
		return c.SendStatus(http.StatusNotFound)
	}
	paid, err := p.Mollie.IsPaid(ctx, o.ProviderRef)
	if err != nil {
		return c.Status(http.StatusBadGateway).SendString("We could not reach Mollie. Please refresh.")
	}
	if !paid {
		return c.SendString("Your payment is still being processed.")
	}
	if err := p.Enroller.Enroll(ctx, o.LearnerID, o.CourseID, o.ID); err != nil {
		return err
	}
	return c.Redirect("/learn/" + o.CourseID)
}

// VoucherReturn is the redirectUrl of gift voucher purchases.
func (p *Pages) VoucherReturn(c *fiber.Ctx) error {
	ctx := c.UserContext()
	o, err := p.Orders.Get(ctx, c.Query("order"))
	if err != nil {
		return c.SendStatus(http.StatusNotFound)
	}
	pay, err := p.Mollie.Payment(ctx, o.ProviderRef)
	if err != nil {
		return c.Status(http.StatusBadGateway).SendString("We could not reach Mollie. Please refresh.")
	}
	switch pay.Status {
	case "canceled", "expired", "failed":
		return c.Redirect("/gift/cart?order=" + o.ID)
	}
	code := voucherCode()
	if err := p.Vouchers.Grant(ctx, o.ID, code, o.AmountMinor); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		return err
	}
	return c.Redirect("/gift/ready?code=" + code)
}

func voucherCode() string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return "GIFT-" + hex.EncodeToString(b)
}
