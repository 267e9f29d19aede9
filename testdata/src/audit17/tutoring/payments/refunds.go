package payments

import (
	"context"
	"fmt"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"

	"audit17/tutoring/domain"
	"audit17/tutoring/store"
)

// Refunds refunds lessons cancelled by the tutor or within the free window.
type Refunds struct {
	bookings *store.Bookings
	rp       *Razorpay
	xe       *Xendit
	mt       *Midtrans
	ad       *Adyen
}

// NewRefunds wires the refund service.
func NewRefunds(b *store.Bookings, rp *Razorpay, xe *Xendit, mt *Midtrans, ad *Adyen) *Refunds {
	return &Refunds{bookings: b, rp: rp, xe: xe, mt: mt, ad: ad}
}

// CancelLesson cancels a paid booking and refunds it through its provider.
func (r *Refunds) CancelLesson(ctx context.Context, bookingID int64) error {
	b, err := r.bookings.Get(ctx, bookingID)
	if err != nil {
		return err
	}
	if b.Status != domain.BookingPaid {
		return fmt.Errorf("booking %d is %s", b.ID, b.Status)
	}
	if err := r.bookings.MarkCancelled(ctx, b.ID); err != nil {
		return err
	}
	switch b.Provider {
	case domain.Razorpay:
		_, err = r.rp.RefundLesson(ctx, b.ProviderRef, b.AmountMinor)
	case domain.Xendit:
		_, err = r.xe.RefundLesson(ctx, b.ProviderRef, b.AmountMinor)
	case domain.Midtrans:
		err = r.mt.RefundLesson(ctx, b.ProviderRef, b.ID, b.AmountMinor)
	case domain.Adyen:
		err = r.ad.RefundLesson(ctx, b.ProviderRef, b.ID, checkout.Amount{Currency: b.Currency, Value: b.AmountMinor})
	default:
		err = fmt.Errorf("unknown provider %q", b.Provider)
	}
	if err != nil {
		return err
	}
	return r.bookings.MarkRefunded(ctx, b.ID)
}
