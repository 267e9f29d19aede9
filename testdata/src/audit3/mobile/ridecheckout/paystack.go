package ridecheckout

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

// CardCheckout starts a Paystack hosted checkout for riders paying by card.
type CardCheckout struct {
	rc          *resty.Client
	callbackURL string
}

func NewCardCheckout(secret, callbackURL string) *CardCheckout {
	return &CardCheckout{rc: resty.New().SetBaseURL("https://api.paystack.co").SetAuthToken(secret), callbackURL: callbackURL}
}

// Start initializes the transaction, keyed by the ride. Anything but a
// success is retried with a growing pause.
func (c *CardCheckout) Start(ctx context.Context, rideID, email string, fareKobo int64) (string, error) {
	var out struct {
		Data struct {
			AuthorizationURL string `json:"authorization_url"`
		} `json:"data"`
	}
	wait := time.Second
	for attempt := 0; attempt < 4; attempt++ {
		resp, err := c.rc.R().SetContext(ctx).SetResult(&out).
			SetBody(map[string]any{"email": email, "amount": fareKobo, "reference": "ride_" + rideID, "callback_url": c.callbackURL}).
			Post("/transaction/initialize")
		if err == nil && resp.IsSuccess() {
			return out.Data.AuthorizationURL, nil
		}
		if err == nil && resp.IsError() { // want "\\[retrystatus\\] POST /transaction/initialize is retried by a for loop"
			time.Sleep(wait)
			wait *= 2
			continue
		}
		time.Sleep(wait)
		wait *= 2
	}
	return "", fmt.Errorf("paystack initialize ride %s failed", rideID)
}
