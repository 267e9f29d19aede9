// Package sdkresp: retries around SDK calls that hand back the
// *http.Response next to an error. The Adyen library returns an error
// for every status >= 300 (common.Client), so retrying on the error
// alone retries 400/422 refusals too; and a status divided by 100 is
// read as a status class.
package sdkresp

import (
	"context"
	"log"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

type svc struct {
	api      *checkout.APIClient
	merchant string
}

func (s *svc) refundInput(psp, ref string) checkout.ModificationsApiRefundCapturedPaymentInput {
	return s.api.ModificationsApi.RefundCapturedPaymentInput(psp).
		IdempotencyKey("refund-" + ref).
		PaymentRefundRequest(checkout.PaymentRefundRequest{MerchantAccount: s.merchant})
}

// --- flagged ---

// Any error goes round again, the status only logged: a refused refund
// (422) is sent five times.
func (s *svc) refundUntilAccepted(ctx context.Context, psp, ref string) error {
	var err error
	for i := 0; i < 5; i++ {
		var resp *http.Response
		_, resp, err = s.api.ModificationsApi.RefundCapturedPayment(ctx, s.refundInput(psp, ref))
		if err != nil { // want `adyen ModificationsApi.RefundCapturedPayment is retried by a for loop \(line 34\): every non-2xx status is retried`
			if resp != nil {
				log.Printf("refund %s: status %d", ref, resp.StatusCode)
			}
			time.Sleep(time.Duration(i+1) * time.Second)
			continue
		}
		return nil
	}
	return err
}

const settlements = "https://api.example.com/v1/settlements"

// The status class test (StatusCode/100 != 2) sends every non-2xx round.
func settle(ctx context.Context, c *http.Client) error {
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, settlements, nil)
		req.Header.Set("Idempotency-Key", "settle-2024-06")
		resp, err := c.Do(req)
		if err != nil {
			continue
		}
		resp.Body.Close()
		if resp.StatusCode/100 != 2 { // want `POST /v1/settlements is retried by a for loop \(line 53\): every non-2xx status is retried`
			time.Sleep(2 * time.Second)
			continue
		}
		return nil
	}
	return nil
}

// --- silent ---

// The response is never read: a blind retry of every error of an SDK is
// not judged (as for stripe-go).
func (s *svc) refundBlind(ctx context.Context, psp, ref string) error {
	var err error
	for i := 0; i < 5; i++ {
		if _, _, err = s.api.ModificationsApi.RefundCapturedPayment(ctx, s.refundInput(psp, ref)); err == nil {
			return nil
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// A 4xx from Adyen (other than 429) ends the loop; 5xx and network errors
// go round again.
func (s *svc) refundTransientOnly(ctx context.Context, psp, ref string) error {
	var err error
	for i := 0; i < 5; i++ {
		var resp *http.Response
		_, resp, err = s.api.ModificationsApi.RefundCapturedPayment(ctx, s.refundInput(psp, ref))
		if err == nil {
			return nil
		}
		if resp != nil && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
			return err
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// Only the 5xx class is retried.
func settleServerErrors(ctx context.Context, c *http.Client) error {
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, settlements, nil)
		req.Header.Set("Idempotency-Key", "settle-2024-06")
		resp, err := c.Do(req)
		if err != nil {
			continue
		}
		resp.Body.Close()
		if resp.StatusCode/100 == 5 {
			time.Sleep(2 * time.Second)
			continue
		}
		return nil
	}
	return nil
}
