// Package enforcement raises fines from ANPR camera reads and collects
// them on Xendit hosted payment pages (Indonesia branch).
package enforcement

import (
	"context"
	"fmt"
	"time"

	"github.com/avast/retry-go/v4"
	xendit "github.com/xendit/xendit-go/v7"
	pr "github.com/xendit/xendit-go/v7/payment_request"

	"audit12/parking/domain"
)

// FineStore persists fines.
type FineStore interface {
	Get(ctx context.Context, id string) (*domain.Fine, error)
	SetPaymentRequest(ctx context.Context, id, requestID string) error
	MarkPaid(ctx context.Context, id, requestID string) error
}

// Payments collects fines through Xendit payment requests.
type Payments struct {
	x     *xendit.APIClient
	fines FineStore
	// linkTTL is how long a hosted payment page stays open.
	linkTTL time.Duration
}

// NewPayments returns the fine payments service.
func NewPayments(x *xendit.APIClient, fines FineStore, linkTTL time.Duration) *Payments {
	return &Payments{x: x, fines: fines, linkTTL: linkTTL}
}

// IssuePaymentRequest creates the Xendit payment request behind a fine's
// hosted payment page.
func (p *Payments) IssuePaymentRequest(ctx context.Context, fine *domain.Fine) (*pr.PaymentRequest, error) {
	ref := "FINE-" + fine.ID
	amount := fine.AmountIDR
	attempt := 0
	req, err := retry.DoWithData(func() (*pr.PaymentRequest, error) {
		attempt++                                                           // audit: reported at fines.go:45 (the CreatePaymentRequest call whose IdempotencyKey is built from this attempt counter, incremented inside the retry-go callback)
		out, resp, xerr := p.x.PaymentRequestApi.CreatePaymentRequest(ctx). // want "\\[idempotency\\] xendit PaymentRequestApi.CreatePaymentRequest is retried by retry.DoWithData \\(line 43\\) with an idempotency key made from the attempt counter attempt"
											IdempotencyKey(fmt.Sprintf("%s-%d", ref, attempt)).
											PaymentRequestParameters(pr.PaymentRequestParameters{ReferenceId: &ref, Amount: &amount}).
											Execute()
		if xerr != nil {
			if resp != nil && resp.StatusCode < 500 && resp.StatusCode != 429 {
				return nil, retry.Unrecoverable(xerr)
			}
			return nil, xerr
		}
		return out, nil
	}, retry.Attempts(4), retry.Delay(2*time.Second), retry.Context(ctx))
	if err != nil {
		return nil, fmt.Errorf("fine %s: %w", fine.ID, err)
	}
	if err := p.fines.SetPaymentRequest(ctx, fine.ID, req.Id); err != nil {
		return nil, err
	}
	return req, nil
}

func (p *Payments) status(ctx context.Context, requestID string) (pr.PaymentRequestStatus, error) {
	out, _, xerr := p.x.PaymentRequestApi.GetPaymentRequestByID(ctx, requestID).Execute()
	if xerr != nil {
		return "", xerr
	}
	return out.Status, nil
}
