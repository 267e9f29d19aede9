// Package gateway: a ride app charging riders through the payment
// service's REST API, each attempt written as a function literal called
// where it is made, its error deciding whether the loop goes round.
package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type Charger struct {
	base   string
	client *http.Client
	bell   chan struct{}
}

type chargeBody struct {
	RideID string `json:"ride_id"`
	Amount int64  `json:"amount"`
}

var errRejected = errors.New("charge not accepted")

// Mistake: up to four attempts, back to back.
func (c *Charger) ChargeRide(ctx context.Context, rideID string, amount int64) error {
	payload, _ := json.Marshal(chargeBody{RideID: rideID, Amount: amount})
	attempts := 0
	for {
		err := func() error {
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", bytes.NewReader(payload))
			if err != nil {
				return err
			}
			req.Header.Set("Idempotency-Key", "ride-"+rideID)
			resp, err := c.client.Do(req) // want `is retried by a for loop \(line 32\) with no wait between attempts`
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			if resp.StatusCode >= 500 {
				return errRejected
			}
			return nil
		}()
		if err == nil {
			return nil
		}
		attempts++
		if attempts > 3 {
			return err
		}
	}
}

// Look-alike: the same attempt, with a growing pause before the next.
func (c *Charger) ChargeRidePatiently(ctx context.Context, rideID string, amount int64) error {
	payload, _ := json.Marshal(chargeBody{RideID: rideID, Amount: amount})
	pause := time.Second
	var err error
	for try := 0; try < 4; try++ {
		err = func() error {
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", bytes.NewReader(payload))
			if err != nil {
				return err
			}
			req.Header.Set("Idempotency-Key", "ride-"+rideID)
			resp, err := c.client.Do(req)
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			if resp.StatusCode >= 500 {
				return errRejected
			}
			return nil
		}()
		if err == nil {
			return nil
		}
		time.Sleep(pause)
		pause *= 2
	}
	return err
}

// Look-alike: the attempt waits inside the literal for the dispatcher's
// bell, a wait of unknown length.
func (c *Charger) ChargeRideOnCue(ctx context.Context, rideID string, amount int64) error {
	payload, _ := json.Marshal(chargeBody{RideID: rideID, Amount: amount})
	for try := 0; ; try++ {
		err := func() error {
			<-c.bell
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", bytes.NewReader(payload))
			if err != nil {
				return err
			}
			req.Header.Set("Idempotency-Key", "ride-"+rideID)
			resp, err := c.client.Do(req)
			if err != nil {
				return err
			}
			resp.Body.Close()
			return nil
		}()
		if err == nil || try == 3 {
			return err
		}
	}
}
