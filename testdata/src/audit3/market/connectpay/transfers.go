package connectpay

import (
	"context"
	"fmt"
	"net/http"

	"audit3/market/retrykit"
	"github.com/google/uuid"
)

// Split is one seller's share of an order.
type Split struct {
	OrderID   string
	SellerID  string
	AccountID string
	Amount    int64
}

// PaySeller sends a seller's share. The key is minted inside the retried
// closure, so every retry is a fresh transfer for the PSP.
func (c *Client) PaySeller(ctx context.Context, s Split) error {
	body := TransferReq{Amount: s.Amount, Currency: "eur", Destination: s.AccountID, TransferGroup: "order_" + s.OrderID}
	return retrykit.Do(ctx, retrykit.Default, func(ctx context.Context) error {
		resp, err := c.post(ctx, "/v1/transfers", uuid.NewString(), body) // want "\\[idempotency\\] POST /v1/transfers is retried by retrykit.Do \\(line 24\\) with an idempotency key made anew"
		if err != nil {
			return err
		}
		return statusErr(resp) // want "\\[retrystatus\\] POST /v1/transfers is retried by retrykit.Do"
	})
}

// PaySellerOnce is the fixed version used by the new checkout: one key per
// split, reused on every attempt; 4xx stops the retry.
func (c *Client) PaySellerOnce(ctx context.Context, s Split) error {
	key := fmt.Sprintf("split-%s-%s", s.OrderID, s.SellerID)
	body := TransferReq{Amount: s.Amount, Currency: "eur", Destination: s.AccountID, TransferGroup: "order_" + s.OrderID}
	return retrykit.Do(ctx, retrykit.Default, func(ctx context.Context) error {
		resp, err := c.post(ctx, "/v1/transfers", key, body)
		if err != nil {
			return err
		}
		if resp.StatusCode >= 400 && resp.StatusCode < 500 {
			resp.Body.Close()
			return fmt.Errorf("%w: %s", retrykit.ErrPermanent, resp.Status)
		}
		return statusErr(resp)
	})
}

// ReverseQuick reverses a transfer with the quick helper: 150ms fixed
// pauses and any non-2xx (a 400 "already reversed" too) retried.
func (c *Client) ReverseQuick(ctx context.Context, transferID string, amount int64) error {
	key := "rev-" + transferID
	return retrykit.Quick(func() error {
		resp, err := c.post(ctx, "/v1/transfers/"+transferID+"/reversals", key, map[string]int64{"amount": amount}) // want "\\[retrybackoff\\] POST /v1/transfers/{}/reversals is retried by retrykit.Quick \\(line 55\\) every 150ms"
		if err != nil {
			return err
		}
		if resp.StatusCode != http.StatusOK { // want "\\[retrystatus\\] POST /v1/transfers/{}/reversals is retried by retrykit.Quick"
			resp.Body.Close()
			return fmt.Errorf("reversal: %s", resp.Status)
		}
		return nil
	})
}
