// Package booking takes deposits when a stay is booked.
package booking

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

// DepositTaker is implemented by adyenpay.Client.
type DepositTaker interface {
	ChargeDeposit(ctx context.Context, bookingRef string, minor int64, currency string) error
	ChargeGuarantee(ctx context.Context, bookingRef string, minor int64, currency string) error
}

// Booking is a confirmed reservation.
type Booking struct {
	Ref        string
	RoomID     string
	FirstNight int64
	Currency   string
	Guaranteed bool
}

// Service coordinates deposits and housekeeping.
type Service struct {
	Pay          DepositTaker
	Housekeeping string
	HTTP         *http.Client
}

// TakeDeposit charges the deposit or the guarantee depending on the rate.
func (s *Service) TakeDeposit(ctx context.Context, b Booking) error {
	if b.Guaranteed {
		return s.Pay.ChargeGuarantee(ctx, b.Ref, b.FirstNight, b.Currency)
	}
	return s.Pay.ChargeDeposit(ctx, b.Ref, b.FirstNight, b.Currency)
}

// SyncHousekeeping tells the housekeeping system a room is occupied; it is
// safe to repeat, so any failure is retried quickly.
func (s *Service) SyncHousekeeping(ctx context.Context, b Booking) {
	body, _ := json.Marshal(map[string]string{"room": b.RoomID, "state": "occupied"})
	for i := 0; i < 5; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.Housekeeping+"/rooms/status", bytes.NewReader(body))
		resp, err := s.HTTP.Do(req)
		if err == nil && resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			err = fmt.Errorf("housekeeping: %d", resp.StatusCode)
		}
		if err == nil {
			resp.Body.Close()
			return
		}
		log.Printf("housekeeping sync %s: %v", b.Ref, err)
		time.Sleep(100 * time.Millisecond)
	}
}
