package xendit

import (
	"context"
	"time"

	"github.com/xendit/xendit-go/invoice"
	xendit "github.com/xendit/xendit-go/v7"
	invoice7 "github.com/xendit/xendit-go/v7/invoice"
)

// Polls of a Xendit invoice's status: v7's InvoiceApi.GetInvoiceById and
// v1's invoice.Get.

func fastInvoicePoll(ctx context.Context, c *xendit.APIClient, invoiceID string) {
	for i := 0; i < 100; i++ {
		inv, _, err := c.InvoiceApi.GetInvoiceById(ctx, invoiceID).Execute()
		if err == nil && inv.Status == invoice7.INVOICESTATUS_PAID {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func fastLegacyInvoicePoll(invoiceID string) {
	for i := 0; i < 100; i++ {
		inv, err := invoice.Get(&invoice.GetParams{ID: invoiceID})
		if err == nil && inv.Status == "PAID" {
			return
		}
		time.Sleep(time.Second) // want `payment status polled every 1s`
	}
}

func calmLegacyInvoicePoll(ctx context.Context, invoiceID string) {
	for i := 0; i < 100; i++ {
		inv, err := invoice.GetWithContext(ctx, &invoice.GetParams{ID: invoiceID})
		if err == nil && inv.Status == "PAID" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
