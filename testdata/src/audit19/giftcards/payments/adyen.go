package payments

import (
	"context"
	"fmt"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/avast/retry-go/v4"

	"audit19/giftcards/domain"
)

// ApplePay charges Apple Pay tokens through Adyen Checkout.
type ApplePay struct {
	api      *checkout.APIClient
	merchant string
}

// NewApplePay builds the Adyen wrapper.
func NewApplePay(api *checkout.APIClient, merchant string) *ApplePay {
	return &ApplePay{api: api, merchant: merchant}
}

// Pay submits the payment for an order; the Apple Pay token travels in the
// session the drop-in created.
func (a *ApplePay) Pay(ctx context.Context, o *domain.Order) (string, error) {
	key := "gc-applepay-" + o.ID
	req := checkout.PaymentRequest{
		Amount:          checkout.Amount{Currency: o.Currency, Value: o.AmountMinor},
		MerchantAccount: a.merchant,
		Reference:       o.ID,
	}
	return retry.DoWithData(func() (string, error) {
		res, httpResp, err := a.api.PaymentsApi.Payments(ctx,
			a.api.PaymentsApi.PaymentsInput().IdempotencyKey(key).PaymentRequest(req))
		if httpResp != nil && httpResp.StatusCode >= 400 { // want "\\[retrystatus\\] adyen PaymentsApi.Payments is retried by retry.DoWithData \\(line 34\\): every non-2xx status is retried"
			return "", fmt.Errorf("adyen payments: status %d", httpResp.StatusCode)
		}
		if err != nil {
			return "", err
		}
		return *res.ResultCode, nil
	}, retry.Attempts(3), retry.Context(ctx))
}

// Details completes a redirect-based payment with the redirectResult.
func (a *ApplePay) Details(ctx context.Context, redirectResult string) (resultCode, psp string, err error) {
	in := a.api.PaymentsApi.PaymentsDetailsInput().PaymentDetailsRequest(checkout.PaymentDetailsRequest{
		Details: map[string]interface{}{"redirectResult": redirectResult},
	})
	res, _, err := a.api.PaymentsApi.PaymentsDetails(ctx, in)
	if err != nil {
		return "", "", err
	}
	if res.ResultCode != nil {
		resultCode = *res.ResultCode
	}
	if res.PspReference != nil {
		psp = *res.PspReference
	}
	return resultCode, psp, nil
}

// Refund refunds a captured Adyen payment.
func (a *ApplePay) Refund(ctx context.Context, psp string, o *domain.Order) error {
	key := "rf-" + psp
	return retry.Do(func() error {
		in := a.api.ModificationsApi.RefundCapturedPaymentInput(psp).IdempotencyKey(key).
			PaymentRefundRequest(checkout.PaymentRefundRequest{
				Amount:          checkout.Amount{Currency: o.Currency, Value: o.AmountMinor},
				MerchantAccount: a.merchant,
			})
		_, httpResp, err := a.api.ModificationsApi.RefundCapturedPayment(ctx, in) // want "\\[retrybackoff\\] adyen ModificationsApi.RefundCapturedPayment is retried by retry.Do \\(line 68\\) every 100ms"
		if httpResp != nil && httpResp.StatusCode < 500 && err != nil {
			return retry.Unrecoverable(err)
		}
		return err
	}, retry.Attempts(5), retry.Delay(100*time.Millisecond), retry.DelayType(retry.FixedDelay), retry.Context(ctx))
}

// WaitLink waits for a corporate pay-by-link to be completed or expire.
func (a *ApplePay) WaitLink(ctx context.Context, linkID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	for {
		l, _, err := a.api.PaymentLinksApi.GetPaymentLink(ctx, a.api.PaymentLinksApi.GetPaymentLinkInput(linkID))
		if err != nil {
			return "", err
		}
		if l.Status == "completed" || l.Status == "expired" {
			return l.Status, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
	}
}
