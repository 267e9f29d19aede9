// Package portal is the customer-facing "pay your bill" site.
package portal

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/gofiber/fiber/v2"
	"github.com/google/uuid"

	"audit11/utilities/billing"
	"audit11/utilities/cardpay"
)

// BillPay serves the bill payment pages.
type BillPay struct {
	bills billing.BillStore
	card  *cardpay.Client
	log   *slog.Logger
}

func NewBillPay(bills billing.BillStore, card *cardpay.Client) *BillPay {
	return &BillPay{bills: bills, card: card, log: slog.Default().With("component", "portal")}
}

// Mount registers the pages on the customer app.
func (p *BillPay) Mount(app *fiber.App) {
	app.Get("/bills/:billID/pay", p.StartPayment)
	app.Post("/bills/:billID/pay-saved-card", p.PaySavedCard)
	app.Get("/bills/:billID/pay/return", p.CardReturn)
	app.Get("/bills/:billID/pay/link-return", p.LinkReturn)
	app.Get("/autopay/setup/complete", p.AutopaySetupDone)
}

// StartPayment sends the customer to Adyen's hosted payment page.
func (p *BillPay) StartPayment(c *fiber.Ctx) error {
	ctx := c.UserContext()
	bill, err := p.bills.Get(ctx, c.Params("billID"))
	if err != nil {
		return fiber.NewError(http.StatusNotFound, "unknown bill")
	}
	if bill.Status == billing.BillPaid {
		return c.Redirect("/bills/" + bill.ID)
	}
	link, err := p.card.CreatePayLink(ctx, bill)
	if err != nil {
		return fiber.NewError(http.StatusBadGateway, "payment page unavailable")
	}
	_ = p.bills.SetProviderRef(ctx, bill.ID, link.Id)
	go p.watchLink(bill.ID, link.Id)
	return c.Redirect(link.Url, http.StatusSeeOther)
}

// watchLink marks the bill paid as soon as the hosted page is paid.
func (p *BillPay) watchLink(billID, linkID string) {
	ctx := context.Background()
	status, err := p.card.WaitForLink(ctx, linkID)
	if err != nil {
		p.log.Info("payment link ended", "bill", billID, "status", status, "err", err)
		return
	}
	if err := p.bills.MarkPaid(ctx, billID, linkID); err != nil {
		p.log.Error("mark paid", "bill", billID, "err", err)
	}
}

// PaySavedCard charges the card the customer saved at a previous payment.
func (p *BillPay) PaySavedCard(c *fiber.Ctx) error {
	ctx, cancel := context.WithTimeout(c.UserContext(), 45*time.Second)
	defer cancel()
	bill, err := p.bills.Get(ctx, c.Params("billID"))
	if err != nil {
		return fiber.NewError(http.StatusNotFound, "unknown bill")
	}
	var resultCode string
	err = retry.Do(func() error {
		res, err := p.card.Charge(ctx, bill, uuid.NewString()) // want "\\[idempotency\\] cardpay.Client.Charge \\(adyen PaymentsApi.Payments\\) is retried by retry.Do .* made anew on every attempt"
		if err != nil {
			return err
		}
		if res.ResultCode != nil {
			resultCode = *res.ResultCode
		}
		return nil
	}, retry.Attempts(3), retry.Context(ctx), retry.RetryIf(cardpay.Retryable), retry.LastErrorOnly(true))
	if err != nil {
		return fiber.NewError(http.StatusBadGateway, "card payment failed, please try again")
	}
	return c.JSON(fiber.Map{"bill": bill.ID, "result": resultCode})
}

// CardReturn is where Adyen's hosted page sends the customer back.
func (p *BillPay) CardReturn(c *fiber.Ctx) error {
	billID := c.Params("billID")
	switch c.Query("resultCode") {
	case "Authorised":
		if err := p.bills.MarkPaid(c.UserContext(), billID, c.Query("pspReference")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\)"
			p.log.Error("mark paid", "bill", billID, "err", err)
		}
		return c.Redirect("/bills/" + billID + "?paid=1")
	case "Pending", "Received":
		return c.Redirect("/bills/" + billID + "?processing=1")
	default:
		return c.Redirect("/bills/" + billID + "?failed=1")
	}
}

// LinkReturn is the return URL of the pay-by-link page.
func (p *BillPay) LinkReturn(c *fiber.Ctx) error {
	ctx := c.UserContext()
	bill, err := p.bills.Get(ctx, c.Params("billID"))
	if err != nil {
		return fiber.NewError(http.StatusNotFound, "unknown bill")
	}
	status, err := p.card.PayLinkStatus(ctx, bill.ProviderRef)
	if err != nil {
		var he *cardpay.HTTPError
		if errors.As(err, &he) && he.Status == http.StatusNotFound {
			return c.Redirect("/bills/" + bill.ID + "?failed=1")
		}
		return c.Redirect("/bills/" + bill.ID + "?processing=1")
	}
	if status == "completed" {
		if err := p.bills.MarkPaid(ctx, bill.ID, bill.ProviderRef); err != nil {
			p.log.Error("mark paid", "bill", bill.ID, "err", err)
		}
		return c.Redirect("/bills/" + bill.ID + "?paid=1")
	}
	return c.Redirect("/bills/" + bill.ID + "?processing=1")
}

// AutopaySetupDone is shown after the customer approved a UPI autopay
// mandate in their UPI app; the mandate is activated by the worker.
func (p *BillPay) AutopaySetupDone(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{
		"message":      "Your autopay mandate is being confirmed. We will let you know when it is active.",
		"subscription": c.Query("razorpay_subscription_id"),
	})
}
