// Package shop retries pay.Charge: a finding only a fact about pay.Charge
// can give.
package shop

import (
	"context"
	"net/http"
	"time"

	"example.com/nogo/pay"
)

// Buy retries the charge.
func Buy(ctx context.Context, c *http.Client, body []byte) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = pay.Charge(ctx, c, body); err == nil {
			return nil
		}
		time.Sleep(time.Second << i)
	}
	return err
}
