// Package adyenpos takes in-club payments (front desk, shake bar) through
// Adyen Checkout.
package adyenpos

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/avast/retry-go/v4"

	"audit12/fitness/domain"
)

var errLinkExpired = errors.New("adyen: payment link expired")

// Terminal takes payments for one club's merchant account.
type Terminal struct {
	api      *checkout.APIClient
	merchant string
}

func NewTerminal(api *checkout.APIClient, merchantAccount string) *Terminal {
	return &Terminal{api: api, merchant: merchantAccount}
}

func amountOf(s domain.Sale) checkout.Amount {
	return checkout.Amount{Currency: s.Currency, Value: s.AmountCents}
}

type statusErr struct{ code int }

func (e statusErr) Error() string { return "adyen: http " + strconv.Itoa(e.code) }

func transient(err error) bool {
	var se statusErr
	if errors.As(err, &se) {
		return se.code >= 500 || se.code == http.StatusTooManyRequests
	}
	return true
}

// Pay authorises a card-present sale.
func (t *Terminal) Pay(ctx context.Context, sale domain.Sale) (*checkout.PaymentResponse, error) {
	req := checkout.PaymentRequest{Amount: amountOf(sale), MerchantAccount: t.merchant, Reference: sale.Ref}
	return retry.DoWithData(func() (*checkout.PaymentResponse, error) {
		in := t.api.PaymentsApi.PaymentsInput().
			IdempotencyKey(sale.Ref + "-" + strconv.FormatInt(time.Now().UnixNano(), 36)).
			PaymentRequest(req)
		res, httpResp, err := t.api.PaymentsApi.Payments(ctx, in) // want "\\[idempotency\\] adyen PaymentsApi.Payments is retried by retry.DoWithData .* made anew on every attempt"
		if err != nil {
			if httpResp != nil {
				return nil, statusErr{httpResp.StatusCode}
			}
			return nil, err
		}
		return &res, nil
	},
		retry.Context(ctx),
		retry.Attempts(3),
		retry.Delay(time.Second),
		retry.RetryIf(transient),
	)
}

// Capture captures an authorised sale once the goods are handed over.
func (t *Terminal) Capture(ctx context.Context, sale domain.Sale, pspReference string) error {
	key := "capture-" + sale.Ref
	in := t.api.ModificationsApi.CaptureAuthorisedPaymentInput(pspReference).
		IdempotencyKey(key).
		PaymentCaptureRequest(checkout.PaymentCaptureRequest{Amount: amountOf(sale), MerchantAccount: t.merchant})
	var err error
	for attempt := 1; attempt <= 4; attempt++ {
		var httpResp *http.Response
		_, httpResp, err = t.api.ModificationsApi.CaptureAuthorisedPayment(ctx, in) // want "\\[retrybackoff\\] adyen ModificationsApi.CaptureAuthorisedPayment is retried by a for loop .* every 250ms"
		if err == nil {
			return nil
		}
		if httpResp != nil && httpResp.StatusCode < 500 && httpResp.StatusCode != http.StatusTooManyRequests {
			return err
		}
		time.Sleep(250 * time.Millisecond)
	}
	return err
}

// CollectViaLink shows the member a QR code for a payment link (members
// paying by phone at the desk) and waits until it is paid.
func (t *Terminal) CollectViaLink(ctx context.Context, sale domain.Sale) (string, error) {
	for round := 1; round <= 3; round++ {
		in := t.api.PaymentLinksApi.PaymentLinksInput().
			IdempotencyKey(sale.Ref + "-link-" + strconv.Itoa(round)).
			PaymentLinkRequest(checkout.PaymentLinkRequest{Amount: amountOf(sale), MerchantAccount: t.merchant, Reference: sale.Ref})
		link, _, err := t.api.PaymentLinksApi.PaymentLinks(ctx, in) // want "\\[idempotency\\] adyen PaymentLinksApi.PaymentLinks is made again on every pass of the loop" "\\[pollcreate\\] payment adyen PaymentLinksApi.PaymentLinks made again on every pass of the loop"
		if err != nil {
			return "", err
		}
		paid, err := t.waitLink(ctx, link.Id)
		if err != nil {
			return "", err
		}
		if paid {
			return link.Id, nil
		}
	}
	return "", domain.ErrStillPending
}

// waitLink polls a payment link for up to 90 seconds.
func (t *Terminal) waitLink(ctx context.Context, linkID string) (bool, error) {
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		l, _, err := t.api.PaymentLinksApi.GetPaymentLink(ctx, t.api.PaymentLinksApi.GetPaymentLinkInput(linkID))
		if err != nil {
			return false, err
		}
		switch l.Status {
		case "completed", "paid":
			return true, nil
		case "expired":
			return false, errLinkExpired
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
	return false, nil
}
