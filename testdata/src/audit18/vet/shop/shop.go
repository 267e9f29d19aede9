// Package shop sells pet supplies online through Adyen payment links.
package shop

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/cenkalti/backoff/v4"
	"github.com/labstack/echo/v4"

	"audit18/vet/domain"
)

// Orders is the part of the store the shop needs.
type Orders interface {
	OrderByReference(ctx context.Context, ref string) (domain.ShopOrder, error)
	MarkOrderPaid(ctx context.Context, reference, psp string) error
	ReleasePrescription(ctx context.Context, prescriptionID string) error
}

type Shop struct {
	adyen    *checkout.APIClient
	orders   Orders
	merchant string
}

func New(adyen *checkout.APIClient, orders Orders, merchant string) *Shop {
	return &Shop{adyen: adyen, orders: orders, merchant: merchant}
}

// StartPayment creates a hosted payment link for an order.
func (s *Shop) StartPayment(ctx context.Context, o domain.ShopOrder) (string, error) {
	req := s.adyen.PaymentLinksApi.PaymentLinksInput().
		IdempotencyKey("link-" + o.Reference).
		PaymentLinkRequest(checkout.PaymentLinkRequest{
			Amount:          checkout.Amount{Currency: o.Currency, Value: o.AmountMinor},
			MerchantAccount: s.merchant,
			Reference:       o.Reference,
		})
	link, _, err := s.adyen.PaymentLinksApi.PaymentLinks(ctx, req)
	if err != nil {
		return "", err
	}
	return link.Url, nil
}

// Routes registers the buyer-facing shop pages.
func (s *Shop) Routes(e *echo.Echo) {
	e.GET("/shop/checkout/return", s.handleReturn)
	e.GET("/shop/orders/:ref/status", s.orderStatus)
}

func (s *Shop) handleReturn(c echo.Context) error {
	ctx := c.Request().Context()
	ref := c.QueryParam("merchantReference")
	o, err := s.orders.OrderByReference(ctx, ref)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	if c.QueryParam("resultCode") == "Authorised" && o.Status == domain.StatusPending {
		if err := s.orders.MarkOrderPaid(ctx, ref, c.QueryParam("pspReference")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(resultCode\\)"
			return err
		}
		if o.PrescriptionID != "" {
			_ = s.orders.ReleasePrescription(ctx, o.PrescriptionID)
		}
	}
	return c.Redirect(http.StatusSeeOther, "/shop/orders/"+ref)
}

// orderStatus is polled by the order page until the webhook has marked it paid.
func (s *Shop) orderStatus(c echo.Context) error {
	o, err := s.orders.OrderByReference(c.Request().Context(), c.Param("ref"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.JSON(http.StatusOK, map[string]any{"reference": o.Reference, "paid": o.Status == domain.StatusPaid})
}

// WatchLink follows a payment link sent by e-mail for a phone order, until
// the client pays or the link expires.
func (s *Shop) WatchLink(ctx context.Context, linkID string, paid func(checkout.PaymentLinkResponse)) {
	for { // want "\\[pollbound\\] loop polling payment linkID has no bound"
		link, _, err := s.adyen.PaymentLinksApi.GetPaymentLink(ctx, s.adyen.PaymentLinksApi.GetPaymentLinkInput(linkID))
		if err != nil {
			log.Printf("shop: link %s: %v", linkID, err)
			time.Sleep(30 * time.Second)
			continue
		}
		switch link.Status {
		case "completed":
			paid(link)
			return
		case "expired":
			return
		}
		time.Sleep(30 * time.Second)
	}
}

var errCapture = errors.New("shop: capture failed")

// Capture captures an authorised payment once the parcel is packed.
func (s *Shop) Capture(ctx context.Context, o domain.ShopOrder, psp string) error {
	in := s.adyen.ModificationsApi.CaptureAuthorisedPaymentInput(psp).
		IdempotencyKey("capture-" + o.Reference).
		PaymentCaptureRequest(checkout.PaymentCaptureRequest{
			Amount:          checkout.Amount{Currency: o.Currency, Value: o.AmountMinor},
			MerchantAccount: s.merchant,
		})
	b := backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(2 * time.Minute))
	return backoff.Retry(func() error {
		res, _, err := s.adyen.ModificationsApi.CaptureAuthorisedPayment(ctx, in)
		if err != nil { // want "\\[retrystatus\\] adyen ModificationsApi.CaptureAuthorisedPayment is retried by backoff.Retry .*: every non-2xx status is retried"
			return fmt.Errorf("%w: %v", errCapture, err)
		}
		log.Printf("shop: capture %s %s", res.PaymentPspReference, res.Status)
		return nil
	}, backoff.WithContext(b, ctx))
}

// Refund refunds a returned order; only transient failures are retried.
func (s *Shop) Refund(ctx context.Context, o domain.ShopOrder, psp string) error {
	in := s.adyen.ModificationsApi.RefundCapturedPaymentInput(psp).
		IdempotencyKey("refund-" + o.Reference).
		PaymentRefundRequest(checkout.PaymentRefundRequest{
			Amount:          checkout.Amount{Currency: o.Currency, Value: o.AmountMinor},
			MerchantAccount: s.merchant,
		})
	b := backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5)
	return backoff.Retry(func() error {
		_, httpResp, err := s.adyen.ModificationsApi.RefundCapturedPayment(ctx, in)
		if err == nil {
			return nil
		}
		if httpResp != nil && httpResp.StatusCode != http.StatusTooManyRequests && httpResp.StatusCode < 500 {
			return backoff.Permanent(err)
		}
		return err
	}, backoff.WithContext(b, ctx))
}
