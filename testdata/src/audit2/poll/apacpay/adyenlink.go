package apacpay

import (
	"context"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

// Links follows Adyen payment links sent by e-mail for B2B invoices.
type Links struct {
	api *checkout.APIClient
}

// NewLinks wraps the Adyen checkout API.
func NewLinks(api *checkout.APIClient) *Links { return &Links{api: api} }

// WaitLink waits until the link was paid or expired.
func (l *Links) WaitLink(ctx context.Context, linkID string) (string, error) {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for {
		link, _, err := l.api.PaymentLinksApi.GetPaymentLink(ctx, l.api.PaymentLinksApi.GetPaymentLinkInput(linkID))
		if err != nil {
			return "", err
		}
		if link.Status == "completed" || link.Status == "expired" {
			return link.Status, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
	}
}

// WaitLinkPaid is used by the sales dashboard "refresh until paid" button.
func (l *Links) WaitLinkPaid(ctx context.Context, linkID string) error {
	for { // want "\\[pollbound\\] loop polling payment linkID stops only when the payment succeeds"
		link, _, err := l.api.PaymentLinksApi.GetPaymentLink(ctx, l.api.PaymentLinksApi.GetPaymentLinkInput(linkID))
		if err != nil {
			return err
		}
		if link.Status == "completed" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Second):
		}
	}
}
