package ridecheckout

import (
	"context"
	"time"
)

// AddTip prompts the rider for a tip after the trip.
func (s *Service) AddTip(ctx context.Context, r *Ride, tipKES int) error {
	return retryQuick(func() error {
		_, err := s.mpesa.STKPush(ctx, r.RiderMSIS, tipKES, "TIP-"+r.ID, "Driver tip")
		return err
	})
}

// retryQuick runs f up to 5 times, 300ms apart.
func retryQuick(f func() error) error {
	var err error
	for i := 0; i < 5; i++ {
		if err = f(); err == nil {
			return nil
		}
		time.Sleep(300 * time.Millisecond)
	}
	return err
}
