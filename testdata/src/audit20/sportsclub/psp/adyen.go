package psp

import (
	"context"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
)

// Adyen is the Checkout API: cards online, payment links for coaching
// packages, and refunds.
type Adyen struct {
	api      *checkout.APIClient
	merchant string
}

// NewAdyen builds the Checkout client.
func NewAdyen(apiKey, merchant string, live bool) *Adyen {
	env := common.Environment("TEST")
	if live {
		env = common.Environment("LIVE")
	}
	c := adyen.NewClient(&common.Config{ApiKey: apiKey, MerchantAccount: merchant, Environment: env})
	return &Adyen{api: c.Checkout(), merchant: merchant}
}

// PayCard authorises a card payment. key must stay the same across retries.
func (a *Adyen) PayCard(ctx context.Context, ref string, cents int64, currency, key string) (checkout.PaymentResponse, *http.Response, error) {
	in := a.api.PaymentsApi.PaymentsInput().
		IdempotencyKey(key).
		PaymentRequest(checkout.PaymentRequest{
			Amount:          checkout.Amount{Currency: currency, Value: cents},
			MerchantAccount: a.merchant,
			Reference:       ref,
		})
	return a.api.PaymentsApi.Payments(ctx, in)
}

// Refund refunds a captured payment.
func (a *Adyen) Refund(ctx context.Context, pspRef, ref string, cents int64, currency, key string) (checkout.PaymentRefundResponse, *http.Response, error) {
	in := a.api.ModificationsApi.RefundCapturedPaymentInput(pspRef).
		IdempotencyKey(key).
		PaymentRefundRequest(checkout.PaymentRefundRequest{
			Amount:          checkout.Amount{Currency: currency, Value: cents},
			MerchantAccount: a.merchant,
			Reference:       &ref,
		})
	return a.api.ModificationsApi.RefundCapturedPayment(ctx, in)
}

// CreateLink creates a payment link; ref is unique per link.
func (a *Adyen) CreateLink(ctx context.Context, ref string, cents int64, currency string) (checkout.PaymentLinkResponse, error) {
	in := a.api.PaymentLinksApi.PaymentLinksInput().
		IdempotencyKey("link-" + ref).
		PaymentLinkRequest(checkout.PaymentLinkRequest{
			Amount:          checkout.Amount{Currency: currency, Value: cents},
			MerchantAccount: a.merchant,
			Reference:       ref,
		})
	res, _, err := a.api.PaymentLinksApi.PaymentLinks(ctx, in)
	return res, err
}

// Link reads a payment link back.
func (a *Adyen) Link(ctx context.Context, id string) (checkout.PaymentLinkResponse, error) {
	res, _, err := a.api.PaymentLinksApi.GetPaymentLink(ctx, a.api.PaymentLinksApi.GetPaymentLinkInput(id))
	return res, err
}
