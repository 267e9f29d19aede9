// Package cardpremium charges card-paying policyholders: renewals through
// Adyen (stored card, merchant-initiated) and the legacy book on Braintree.
package cardpremium

import (
	"context"
	"fmt"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/cenkalti/backoff/v4"
)

type Renewal struct {
	PolicyRef string
	Period    string
	Minor     int64
	Currency  string
}

type AdyenBiller struct {
	api      *checkout.APIClient
	merchant string
}

func NewAdyenBiller(api *checkout.APIClient, merchant string) *AdyenBiller {
	return &AdyenBiller{api: api, merchant: merchant}
}

func (b *AdyenBiller) request(r Renewal) checkout.PaymentRequest {
	return checkout.PaymentRequest{
		Amount:          checkout.Amount{Currency: r.Currency, Value: r.Minor},
		MerchantAccount: b.merchant,
		Reference:       r.PolicyRef + "/" + r.Period,
	}
}

// ChargeRenewal takes the monthly card premium.
func (b *AdyenBiller) ChargeRenewal(ctx context.Context, r Renewal) (string, error) {
	key := "renewal-" + r.PolicyRef + "-" + r.Period
	var result string
	op := func() error {
		in := b.api.PaymentsApi.PaymentsInput().IdempotencyKey(key).PaymentRequest(b.request(r))
		res, httpResp, err := b.api.PaymentsApi.Payments(ctx, in)
		if err != nil { // want "\\[retrystatus\\] adyen PaymentsApi.Payments is retried by backoff.Retry \\(line 55\\): every non-2xx status is retried"
			return err
		}
		if httpResp.StatusCode != http.StatusOK {
			return fmt.Errorf("adyen: status %d", httpResp.StatusCode)
		}
		result = *res.ResultCode
		return nil
	}
	bo := backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4)
	return result, backoff.Retry(op, backoff.WithContext(bo, ctx))
}

// ChargeRenewalStrict stops on client errors: a refused card stays refused.
func (b *AdyenBiller) ChargeRenewalStrict(ctx context.Context, r Renewal) (string, error) {
	key := "renewal-" + r.PolicyRef + "-" + r.Period
	var result string
	op := func() error {
		in := b.api.PaymentsApi.PaymentsInput().IdempotencyKey(key).PaymentRequest(b.request(r))
		res, httpResp, err := b.api.PaymentsApi.Payments(ctx, in)
		if httpResp != nil && httpResp.StatusCode >= 400 && httpResp.StatusCode < 500 && httpResp.StatusCode != http.StatusTooManyRequests {
			return backoff.Permanent(fmt.Errorf("adyen: status %d", httpResp.StatusCode))
		}
		if err != nil {
			return err
		}
		result = *res.ResultCode
		return nil
	}
	bo := backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4)
	return result, backoff.Retry(op, backoff.WithContext(bo, ctx))
}
