// Package adyenpay is the Adyen side of the network: roaming cards and
// terminal-less chargers in the Benelux authorise through Adyen.
package adyenpay

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
)

type Config struct {
	APIKey          string
	MerchantAccount string
	Live            bool
}

type Gateway struct {
	api      *checkout.APIClient
	merchant string
	log      *slog.Logger
}

func New(cfg Config, log *slog.Logger) *Gateway {
	env := common.Environment("TEST")
	if cfg.Live {
		env = "LIVE"
	}
	c := adyen.NewClient(&common.Config{ApiKey: cfg.APIKey, MerchantAccount: cfg.MerchantAccount, Environment: env})
	return &Gateway{api: c.Checkout(), merchant: cfg.MerchantAccount, log: log}
}

// Authorise places the pre-authorisation for a session (no retry: the app
// shows the refusal to the driver).
func (g *Gateway) Authorise(ctx context.Context, sessionID string, cents int64) (string, error) {
	req := g.api.PaymentsApi.PaymentsInput().
		IdempotencyKey("auth-" + sessionID).
		PaymentRequest(checkout.PaymentRequest{
			Amount:          checkout.Amount{Currency: "EUR", Value: cents},
			MerchantAccount: g.merchant,
			Reference:       sessionID,
		})
	res, _, err := g.api.PaymentsApi.Payments(ctx, req)
	if err != nil {
		return "", err
	}
	if res.ResultCode == nil || *res.ResultCode != "Authorised" {
		return "", fmt.Errorf("adyen: authorisation %v", res.ResultCode)
	}
	return *res.PspReference, nil
}

// Capture takes the metered amount at session end.
func (g *Gateway) Capture(ctx context.Context, psp, sessionID string, cents int64) error {
	ref := sessionID
	req := g.api.ModificationsApi.CaptureAuthorisedPaymentInput(psp).
		IdempotencyKey("capture-" + sessionID).
		PaymentCaptureRequest(checkout.PaymentCaptureRequest{
			Amount:          checkout.Amount{Currency: "EUR", Value: cents},
			MerchantAccount: g.merchant,
			Reference:       &ref,
		})
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		_, httpRes, err := g.api.ModificationsApi.CaptureAuthorisedPayment(ctx, req)
		if httpRes != nil && httpRes.StatusCode != http.StatusCreated && httpRes.StatusCode != http.StatusOK { // want "\\[retrystatus\\] adyen ModificationsApi.CaptureAuthorisedPayment is retried by a for loop"
			g.log.Warn("adyen refused capture, retrying", "psp", psp, "status", httpRes.StatusCode)
			time.Sleep(wait)
			wait *= 2
			continue
		}
		if err == nil {
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("adyen: capture %s failed", psp)
}
