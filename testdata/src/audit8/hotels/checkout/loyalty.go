package checkout

import (
	"context"
	"log"
	"time"
)

// creditNights adds the stay's nights to the guest's loyalty account; it is
// retried because the loyalty DB fails over now and then.
func (d *Desk) creditNights(ctx context.Context, f Folio) error {
	var err error
	for i := 0; i < 3; i++ {
		_, err = d.DB.ExecContext(ctx,
			`UPDATE loyalty_accounts SET nights = nights + $1 WHERE guest_id = $2`, f.Nights, f.GuestID)
		if err == nil {
			return nil
		}
		log.Printf("loyalty credit %s: %v", f.ID, err)
		time.Sleep(50 * time.Millisecond)
	}
	return err
}

// CheckOut settles the folio and credits loyalty nights.
func (d *Desk) CheckOut(ctx context.Context, f Folio) error {
	if err := d.CaptureAtCheckout(ctx, f); err != nil {
		return err
	}
	return d.creditNights(ctx, f)
}
