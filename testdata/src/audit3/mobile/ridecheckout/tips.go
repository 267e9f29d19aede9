package ridecheckout

import (
	"context"
	"time"
)

// AddTip prompts the rider for a tip after the trip.
func (s *Service) AddTip(ctx context.Context, r *Ride, tipKES int) error {
	return retryQuick(func() error {
		_, err := s.mpesa.STKPush(ctx, r.RiderMSIS, tipKES, "TIP-"+r.ID, "Driver tip") // audit: missed idempotency: the STK push is re-sent by the same-package retry helper retryQuick with no key: a lost answer prompts the rider for the tip twice
		return err                                                                     // want "\\[retrystatus\\] mpesa.Client.STKPush \\(POST /mpesa/stkpush/v1/processrequest\\) is retried by retryQuick"
	})
}

// retryQuick runs f up to 5 times, 300ms apart.
func retryQuick(f func() error) error {
	var err error
	for i := 0; i < 5; i++ {
		if err = f(); err == nil { // (retrystatus: the blind audit's miss here is reported at the callback's return err, line 12)
			return nil
		}
		time.Sleep(300 * time.Millisecond) // audit: missed retrybackoff: a payment write retried every 300ms, a fixed wait under 1s that does not grow
	}
	return err
}
