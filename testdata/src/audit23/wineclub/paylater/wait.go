package paylater

import (
	"context"
	"encoding/base64"
	"errors"
	"time"

	"github.com/sethvargo/go-retry"

	"audit23/wineclub/config"
)

func basic(user, pass string) string {
	return base64.StdEncoding.EncodeToString([]byte(user + ":" + pass))
}

var errNotYet = errors.New("not decided yet")

// WaitAccepted waits for the provider's fraud check on a freshly placed
// order so the confirmation page can show the right message.
func (c *Client) WaitAccepted(ctx context.Context, orderID string) (*Order, error) {
	for i := 0; i < config.AuthorizationPollRounds; i++ {
		o, err := c.Order(ctx, orderID)
		if err != nil {
			return nil, err
		}
		switch o.FraudStatus {
		case "ACCEPTED":
			return o, nil
		case "REJECTED", "STOPPED":
			return o, ErrRejected
		}
		time.Sleep(config.AuthorizationPollEvery) // want "\\[pollinterval\\] payment status polled every 750ms: the provider's limit is one poll per"
	}
	return nil, errNotYet
}

// AwaitCaptured waits until the provider reports the order as captured,
// backing off up to 30s between reads. The context decides how long.
func (c *Client) AwaitCaptured(ctx context.Context, orderID string) (*Order, error) {
	b := retry.WithCappedDuration(30*time.Second, retry.NewExponential(2*time.Second))
	return retry.DoValue(ctx, b, func(ctx context.Context) (*Order, error) {
		o, err := c.Order(ctx, orderID)
		if err != nil {
			return nil, retry.RetryableError(err)
		}
		switch o.Status {
		case "CAPTURED":
			return o, nil
		case "CANCELLED", "EXPIRED", "CLOSED":
			return o, ErrRejected
		}
		return nil, retry.RetryableError(errNotYet)
	})
}
