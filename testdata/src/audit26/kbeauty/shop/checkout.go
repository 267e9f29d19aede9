// Package shop holds the order, refund and subscription services.
package shop

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"audit26/kbeauty/kakaopay"
	"audit26/kbeauty/platform"
	"audit26/kbeauty/store"
	"audit26/kbeauty/toss"
)

// ErrAmountMismatch means the amount the browser came back with is not the
// order's.
var ErrAmountMismatch = errors.New("shop: amount mismatch")

// Checkout runs Korean checkouts (Toss widget, KakaoPay).
type Checkout struct {
	Orders  *store.Orders
	Toss    *toss.Client
	Kakao   *kakaopay.Client
	BaseURL string
	Timeout time.Duration
}

// ErrAwaitingDeposit means the buyer chose a virtual account and has not
// transferred yet.
var ErrAwaitingDeposit = errors.New("shop: awaiting deposit")

// ConfirmToss confirms a widget payment and marks the order paid when Toss
// answers DONE.
func (c *Checkout) ConfirmToss(ctx context.Context, paymentKey, orderID string, amount int64) (*store.Order, error) {
	o, err := c.Orders.ByNumber(ctx, orderID)
	if err != nil {
		return nil, err
	}
	if o.Amount != amount {
		return nil, ErrAmountMismatch
	}
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	p, err := c.Toss.Confirm(ctx, toss.ConfirmRequest{PaymentKey: paymentKey, OrderID: orderID, Amount: amount}, "confirm-"+orderID)
	if err != nil {
		return nil, err
	}
	switch p.Status {
	case toss.StatusDone:
		return o, c.Orders.MarkPaid(ctx, orderID, paymentKey)
	case toss.StatusWaitingForDeposit:
		if err := c.Orders.SetStatus(ctx, orderID, store.OrderAwaiting); err != nil {
			return nil, err
		}
		return o, ErrAwaitingDeposit
	}
	return nil, fmt.Errorf("toss confirm %s: status %s", orderID, p.Status)
}

// StartKakao registers a KakaoPay payment and returns the redirect URL.
func (c *Checkout) StartKakao(ctx context.Context, o *store.Order, mobile bool) (string, error) {
	r, err := c.Kakao.Ready(ctx, kakaopay.ReadyRequest{
		PartnerOrderID: o.Number,
		PartnerUserID:  fmt.Sprint(o.CustomerID),
		ItemName:       "K-Beauty order " + o.Number,
		Quantity:       1,
		TotalAmount:    o.Amount,
		ApprovalURL:    c.BaseURL + "/checkout/kakao/approve?order=" + o.Number,
		CancelURL:      c.BaseURL + "/checkout/kakao/cancel?order=" + o.Number,
		FailURL:        c.BaseURL + "/checkout/kakao/fail?order=" + o.Number,
	})
	if err != nil {
		return "", err
	}
	if err := c.Orders.SetRef(ctx, o.Number, "kakaopay", r.TID); err != nil {
		return "", err
	}
	if mobile {
		return r.NextRedirectMURL, nil
	}
	return r.NextRedirectPCURL, nil
}

// ApproveKakao finishes a KakaoPay payment with the pg_token from the
// approval redirect.
func (c *Checkout) ApproveKakao(ctx context.Context, orderNo, pgToken string) (*store.Order, error) {
	o, err := c.Orders.ByNumber(ctx, orderNo)
	if err != nil {
		return nil, err
	}
	res, err := c.Kakao.Approve(ctx, o.ProviderRef, o.Number, fmt.Sprint(o.CustomerID), pgToken)
	if err != nil {
		return nil, err
	}
	if res.Amount.Total != o.Amount {
		log.Printf("kakao approve %s: amount %d, want %d", orderNo, res.Amount.Total, o.Amount)
		return nil, ErrAmountMismatch
	}
	return o, c.Orders.MarkPaid(ctx, o.Number, res.TID)
}

// SettleKakao checks a KakaoPay payment stuck in the approval step, giving
// it the checkout timeout.
func (c *Checkout) SettleKakao(ctx context.Context, o *store.Order) (*kakaopay.OrderInfo, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	p := platform.Poller[*kakaopay.OrderInfo]{
		Fetch: func(ctx context.Context) (*kakaopay.OrderInfo, error) { return c.Kakao.Order(ctx, o.ProviderRef) },
		Done:  kakaoSettled,
		Every: 5 * time.Second,
	}
	return p.Until(ctx) // audit: lookalike pollbound: Poller ends on the 2-minute context, and kakaoSettled exits on success, cancel and failure
}

func kakaoSettled(info *kakaopay.OrderInfo) bool {
	switch info.Status {
	case kakaopay.Success, kakaopay.Cancel, kakaopay.Fail, kakaopay.QuitPayment:
		return true
	}
	return false
}

// WaitDone waits for a Toss payment to leave the in-progress states, for the
// call-centre screen.
func (c *Checkout) WaitDone(ctx context.Context, paymentKey string) (*toss.Payment, error) {
	deadline := time.Now().Add(c.Timeout)
	wait := 2 * time.Second
	for time.Now().Before(deadline) { // audit: lookalike pollbound: deadline bound, exits on DONE and on every failed or expired state
		p, err := c.Toss.Get(ctx, paymentKey)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case toss.StatusDone, toss.StatusCanceled, toss.StatusAborted, toss.StatusExpired, toss.StatusPartialCanceled:
			return p, nil
		}
		time.Sleep(wait)
		if wait < 16*time.Second {
			wait *= 2
		}
	}
	return nil, fmt.Errorf("toss %s: still in progress", paymentKey)
}
