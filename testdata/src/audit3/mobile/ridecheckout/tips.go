package ridecheckout

import (
	"context"
	"time"
)

// AddTip prompts the rider for a tip after the trip.
func (s *Service) AddTip(ctx context.Context, r *Ride, tipKES int) error {
	return retryQuick(func() error {
		_, err := s.mpesa.STKPush(ctx, r.RiderMSIS, tipKES, "TIP-"+r.ID, "Driver tip") // want "\\[idempotency\\] mpesa.Client.STKPush \\(POST /mpesa/stkpush/v1/processrequest\\) is retried by retryQuick \\(line 10\\) without an idempotency key" "\\[retrybackoff\\] mpesa.Client.STKPush \\(POST /mpesa/stkpush/v1/processrequest\\) is retried by retryQuick \\(line 10\\) every 300ms"
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
		time.Sleep(300 * time.Millisecond) // (retrybackoff: the blind audit's miss here is reported at the call, line 11)
	}
	return err
}
