package bnpl

import (
	"context"
	"errors"
	"time"
)

var (
	errDeclined     = errors.New("bnpl: declined")
	errStillPending = errors.New("bnpl: still pending")
)

func request(bookingID, email string, cents int64) CheckoutRequest {
	var in CheckoutRequest
	in.Amount = Money{Amount: formatCents(cents), Currency: "AUD"}
	in.MerchantReference = bookingID
	in.Consumer.Email = email
	return in
}

func formatCents(c int64) string { return "" }

// reissueWhenStale issues a fresh checkout for the same booking when the
// first has waited four minutes: the customer can approve both.
func reissueWhenStale(ctx context.Context, c *Client, bookingID, email string, send func(string) error) (Order, error) {
	co, err := c.CreateCheckout(ctx, request(bookingID, email, 12900))
	if err != nil {
		return Order{}, err
	}
	_ = send(co.RedirectURL)
	issued := time.Now()
	for tries := 0; tries < 90; tries++ {
		o, err := c.Order(ctx, co.Token)
		if err == nil {
			switch o.Status {
			case "APPROVED":
				return o, nil
			case "DECLINED":
				return o, errDeclined
			}
		}
		if time.Since(issued) > 4*time.Minute {
			co, err = c.CreateCheckout(ctx, request(bookingID, email, 12900)) // want `new payment created inside the loop that polls payment co.Token \(line 33\)`
			if err != nil {
				return Order{}, err
			}
			issued = time.Now()
			_ = send(co.RedirectURL)
		}
		time.Sleep(4 * time.Second)
	}
	return Order{}, errStillPending
}

// reissueOnAttempts issues a new checkout every twenty reads while the
// first is still pending.
func reissueOnAttempts(ctx context.Context, c *Client, bookingID, email string) (Order, error) {
	co, err := c.CreateCheckout(ctx, request(bookingID, email, 4500))
	if err != nil {
		return Order{}, err
	}
	for i := 1; i <= 60; i++ {
		o, err := c.Order(ctx, co.Token)
		if err != nil {
			return Order{}, err
		}
		if o.Status == "APPROVED" {
			return o, nil
		}
		if i%20 == 0 {
			if co, err = c.CreateCheckout(ctx, request(bookingID, email, 4500)); err != nil { // want `new payment created inside the loop that polls payment co.Token \(line 63\)`
				return Order{}, err
			}
		}
		time.Sleep(5 * time.Second)
	}
	return Order{}, errStillPending
}

// reissueAfterExpiry issues a new checkout only once the first is read
// as EXPIRED or DECLINED: it can no longer be approved.
func reissueAfterExpiry(ctx context.Context, c *Client, bookingID, email string) (Order, error) {
	co, err := c.CreateCheckout(ctx, request(bookingID, email, 12900))
	if err != nil {
		return Order{}, err
	}
	for tries := 0; tries < 90; tries++ {
		o, err := c.Order(ctx, co.Token)
		if err == nil {
			switch o.Status {
			case "APPROVED":
				return o, nil
			case "EXPIRED", "DECLINED":
				if co, err = c.CreateCheckout(ctx, request(bookingID, email, 12900)); err != nil {
					return Order{}, err
				}
			}
		}
		time.Sleep(4 * time.Second)
	}
	return Order{}, errStillPending
}

// voidThenReissue voids the stale checkout before issuing a new one.
func voidThenReissue(ctx context.Context, c *Client, bookingID, email string) (Order, error) {
	co, err := c.CreateCheckout(ctx, request(bookingID, email, 12900))
	if err != nil {
		return Order{}, err
	}
	issued := time.Now()
	for tries := 0; tries < 90; tries++ {
		o, err := c.Order(ctx, co.Token)
		if err == nil && o.Status == "APPROVED" {
			return o, nil
		}
		if time.Since(issued) > 4*time.Minute {
			if err := c.Cancel(ctx, co.Token); err != nil {
				return Order{}, err
			}
			if co, err = c.CreateCheckout(ctx, request(bookingID, email, 12900)); err != nil {
				return Order{}, err
			}
			issued = time.Now()
		}
		time.Sleep(4 * time.Second)
	}
	return Order{}, errStillPending
}

// resendSameLink keeps reading the same checkout when it goes stale and
// only texts its link again.
func resendSameLink(ctx context.Context, c *Client, bookingID, email string, send func(string) error) (Order, error) {
	co, err := c.CreateCheckout(ctx, request(bookingID, email, 12900))
	if err != nil {
		return Order{}, err
	}
	issued := time.Now()
	for tries := 0; tries < 90; tries++ {
		o, err := c.Order(ctx, co.Token)
		if err == nil && o.Status == "APPROVED" {
			return o, nil
		}
		if time.Since(issued) > 4*time.Minute {
			_ = send(co.RedirectURL)
			issued = time.Now()
		}
		time.Sleep(4 * time.Second)
	}
	return Order{}, errStillPending
}

// redeemAgain converts points again while polling the first checkout:
// its amount is points, no money, so the redemption is no payment.
func redeemAgain(ctx context.Context, c *Client, bookingID string) (Order, error) {
	co, err := c.CreateCheckout(ctx, request(bookingID, "", 900))
	if err != nil {
		return Order{}, err
	}
	for tries := 0; tries < 30; tries++ {
		o, err := c.Order(ctx, co.Token)
		if err == nil && o.Status == "APPROVED" {
			return o, nil
		}
		if tries == 10 {
			if _, err := c.Redeem(ctx, RedeemRequest{Amount: Points{Value: 500, Unit: "points"}, MerchantReference: bookingID}); err != nil {
				return Order{}, err
			}
		}
		time.Sleep(4 * time.Second)
	}
	return Order{}, errStillPending
}
