package sdkbuilders

// SDK requests whose builder chain (Adyen's XxxInput, Xendit's
// ApiXxxRequest) is made by a helper of the package: the key the helper
// sets with IdempotencyKey(k) is its parameter (judged at the call's
// argument), made inside it (on every call), or set on a request the
// caller hands in.

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	backoff4 "github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	xendit "github.com/xendit/xendit-go/v7"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"
)

type terminal struct {
	mods     *checkout.ModificationsApi
	links    *checkout.PaymentLinksApi
	merchant string
}

// captureFor takes the capture key from its caller.
func (t *terminal) captureFor(psp, idemKey string, minor int64) checkout.ModificationsApiCaptureAuthorisedPaymentInput {
	body := checkout.PaymentCaptureRequest{Amount: checkout.Amount{Currency: "EUR", Value: minor}, MerchantAccount: t.merchant}
	return t.mods.CaptureAuthorisedPaymentInput(psp).IdempotencyKey(idemKey).PaymentCaptureRequest(body)
}

// linkFor stamps a new key on every request it builds.
func (t *terminal) linkFor(ref string, minor int64) checkout.PaymentLinksApiPaymentLinksInput {
	in := t.links.PaymentLinksInput()
	in = in.IdempotencyKey(ref + "/" + uuid.New().String())
	return in.PaymentLinkRequest(checkout.PaymentLinkRequest{Reference: ref, Amount: checkout.Amount{Currency: "EUR", Value: minor}})
}

// refundKeyedOnPSP keys the refund on the captured payment.
func (t *terminal) refundKeyedOnPSP(psp string, minor int64) checkout.ModificationsApiRefundCapturedPaymentInput {
	return t.mods.RefundCapturedPaymentInput(psp).IdempotencyKey("refund:" + psp).
		PaymentRefundRequest(checkout.PaymentRefundRequest{Amount: checkout.Amount{Currency: "EUR", Value: minor}})
}

// withRefundBody adds the body to a request its caller made (and keyed).
func withRefundBody(in checkout.ModificationsApiRefundCapturedPaymentInput, minor int64) checkout.ModificationsApiRefundCapturedPaymentInput {
	return in.PaymentRefundRequest(checkout.PaymentRefundRequest{Amount: checkout.Amount{Currency: "EUR", Value: minor}})
}

// topUpRequest builds a Xendit payment request keyed by its caller.
func topUpRequest(ctx context.Context, c *xendit.APIClient, key string, p paymentrequest.PaymentRequestParameters) paymentrequest.ApiCreatePaymentRequestRequest {
	return c.PaymentRequestApi.CreatePaymentRequest(ctx).IdempotencyKey(key).PaymentRequestParameters(p)
}

// voidFor builds the void with no key at all.
func (t *terminal) voidFor(psp string, minor int64) checkout.ModificationsApiRefundCapturedPaymentInput {
	return t.mods.RefundCapturedPaymentInput(psp).
		PaymentRefundRequest(checkout.PaymentRefundRequest{Amount: checkout.Amount{Currency: "EUR", Value: minor}})
}

// requestMaker is set up elsewhere (it may key the request).
var requestMaker func(psp string) checkout.ModificationsApiRefundCapturedPaymentInput

func (t *terminal) viaMaker(psp string) checkout.ModificationsApiRefundCapturedPaymentInput {
	return requestMaker(psp)
}

// --- flagged ---

// The key handed to the builder is a new uuid on every attempt.
func (t *terminal) captureBackoff(ctx context.Context, psp string, minor int64) error {
	return backoff4.Retry(func() error {
		_, _, err := t.mods.CaptureAuthorisedPayment(ctx, t.captureFor(psp, uuid.NewString(), minor)) // want `adyen ModificationsApi.CaptureAuthorisedPayment is retried by backoff.Retry \(line 74\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
		return err
	}, backoff4.NewExponentialBackOff())
}

// The builder makes its own key, so every pass sends a new one.
func (t *terminal) linkLoop(ctx context.Context, ref string, minor int64) error {
	for pass := 0; pass < 3; pass++ {
		if _, _, err := t.links.PaymentLinks(ctx, t.linkFor(ref, minor)); err == nil { // want `adyen PaymentLinksApi.PaymentLinks is retried by a for loop \(line 82\) but linkFor makes a new idempotency key on every call`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return errors.New("payment link: gave up")
}

// The caller keys the request per attempt, then a helper adds the body.
func (t *terminal) refundThroughHelper(ctx context.Context, psp string, minor int64) error {
	for pass := 0; pass < 3; pass++ {
		in := withRefundBody(t.mods.RefundCapturedPaymentInput(psp).IdempotencyKey(uuid.NewString()), minor)
		if _, _, err := t.mods.RefundCapturedPayment(ctx, in); err == nil { // want `adyen ModificationsApi.RefundCapturedPayment is retried by a for loop \(line 93\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
			return nil
		}
	}
	return errors.New("refund: gave up")
}

// A clock-stamped key per attempt through a Xendit request builder.
func topUpClock(ctx context.Context, c *xendit.APIClient, wallet string, p paymentrequest.PaymentRequestParameters) error {
	for attempt := 1; attempt <= 3; attempt++ {
		key := fmt.Sprintf("%s-%d", wallet, time.Now().UnixNano())
		if _, _, err := topUpRequest(ctx, c, key, p).Execute(); err == nil { // want `xendit PaymentRequestApi.CreatePaymentRequest is retried by a for loop \(line 104\) with an idempotency key made anew on every attempt \(time.Now\(\)`
			return nil
		}
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return errors.New("top-up: gave up")
}

// The builder's chain attaches no key.
func (t *terminal) voidLoop(ctx context.Context, psp string, minor int64) error {
	for pass := 0; pass < 3; pass++ {
		if _, _, err := t.mods.RefundCapturedPayment(ctx, t.voidFor(psp, minor)); err == nil { // want `adyen ModificationsApi.RefundCapturedPayment is retried by a for loop \(line 116\) without an idempotency key`
			return nil
		}
	}
	return errors.New("void: gave up")
}

// --- silent ---

// One key, made before the retry, handed to the builder on every attempt.
func (t *terminal) captureOnceKeyed(ctx context.Context, psp string, minor int64) error {
	key := uuid.NewString()
	return backoff4.Retry(func() error {
		_, _, err := t.mods.CaptureAuthorisedPayment(ctx, t.captureFor(psp, key, minor))
		return err
	}, backoff4.NewExponentialBackOff())
}

// The key is derived from the payment's PSP reference inside the retry.
func (t *terminal) capturePSPKeyed(ctx context.Context, psp string, minor int64) error {
	return backoff4.Retry(func() error {
		_, _, err := t.mods.CaptureAuthorisedPayment(ctx, t.captureFor(psp, "capture:"+psp, minor))
		return err
	}, backoff4.NewExponentialBackOff())
}

// The builder keys the refund on the PSP reference itself.
func (t *terminal) refundStableBuilder(ctx context.Context, psp string, minor int64) error {
	for pass := 0; pass < 3; pass++ {
		if _, _, err := t.mods.RefundCapturedPayment(ctx, t.refundKeyedOnPSP(psp, minor)); err == nil {
			return nil
		}
	}
	return errors.New("refund: gave up")
}

// The caller keys the request once; the helper only adds the body.
func (t *terminal) refundHelperOnce(ctx context.Context, psp string, minor int64) error {
	keyed := t.mods.RefundCapturedPaymentInput(psp).IdempotencyKey(uuid.NewString())
	for pass := 0; pass < 3; pass++ {
		if _, _, err := t.mods.RefundCapturedPayment(ctx, withRefundBody(keyed, minor)); err == nil {
			return nil
		}
	}
	return errors.New("refund: gave up")
}

// The Xendit key is the wallet's top-up id, the same on every attempt.
func topUpStable(ctx context.Context, c *xendit.APIClient, topUpID string, p paymentrequest.PaymentRequestParameters) error {
	for attempt := 1; attempt <= 3; attempt++ {
		if _, _, err := topUpRequest(ctx, c, "topup-"+topUpID, p).Execute(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return errors.New("top-up: gave up")
}

// The request comes from a function value we cannot see into.
func (t *terminal) refundViaMaker(ctx context.Context, psp string) error {
	for pass := 0; pass < 3; pass++ {
		if _, _, err := t.mods.RefundCapturedPayment(ctx, t.viaMaker(psp)); err == nil {
			return nil
		}
	}
	return errors.New("refund: gave up")
}
