// Package threeds wraps Adyen's /payments/details for the travel shop's
// 3-D Secure return pages, in the shapes a caller must read differently.
package threeds

import (
	"context"
	"errors"
	"fmt"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

var ErrNotAuthorised = errors.New("payment not authorised")

type Gateway struct {
	psp *adyen.APIClient
}

func (g *Gateway) details(redirectResult string) checkout.PaymentsApiPaymentsDetailsInput {
	return g.psp.Checkout().PaymentsApi.PaymentsDetailsInput().
		PaymentDetailsRequest(checkout.PaymentDetailsRequest{Details: map[string]interface{}{"redirectResult": redirectResult}})
}

// Complete hands the result code back untested: Refused comes back with
// a nil error.
func (g *Gateway) Complete(ctx context.Context, redirectResult string) (resultCode string, err error) {
	res, _, err := g.psp.Checkout().PaymentsApi.PaymentsDetails(ctx, g.details(redirectResult))
	if err != nil {
		return "", fmt.Errorf("payments/details: %w", err)
	}
	if res.ResultCode != nil {
		resultCode = *res.ResultCode
	}
	return resultCode, nil
}

// Finish drops the result code: only the transport error comes back.
func (g *Gateway) Finish(ctx context.Context, redirectResult string) error {
	_, _, err := g.psp.Checkout().PaymentsApi.PaymentsDetails(ctx, g.details(redirectResult))
	return err
}

// Authorise returns an error unless the payment is Authorised.
func (g *Gateway) Authorise(ctx context.Context, redirectResult string) (string, error) {
	res, _, err := g.psp.Checkout().PaymentsApi.PaymentsDetails(ctx, g.details(redirectResult))
	if err != nil {
		return "", err
	}
	if res.ResultCode == nil || *res.ResultCode != "Authorised" {
		return "", ErrNotAuthorised
	}
	return *res.PspReference, nil
}

// Outcome switches on the code and maps it to an error.
func (g *Gateway) Outcome(ctx context.Context, redirectResult string) error {
	res, _, err := g.psp.Checkout().PaymentsApi.PaymentsDetails(ctx, g.details(redirectResult))
	if err != nil {
		return err
	}
	code := ""
	if res.ResultCode != nil {
		code = *res.ResultCode
	}
	switch code {
	case "Authorised":
		return nil
	default:
		return fmt.Errorf("3ds: %s", code)
	}
}
