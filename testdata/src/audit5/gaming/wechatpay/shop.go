package wechatpay

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrPaymentFailed means the player's payment was closed or failed.
var ErrPaymentFailed = errors.New("wechat payment failed")

// Purchase is what the web shop sells: a gem pack for a player.
type Purchase struct {
	PlayerID string
	SKU      string
	Fen      int64
}

func (p Purchase) outTradeNo() string {
	return fmt.Sprintf("WX%s%d", p.PlayerID, time.Now().UnixMilli())
}

// Granter grants what was bought once the order is paid.
type Granter interface {
	Grant(ctx context.Context, p Purchase, outTradeNo string) error
}

// Shop runs the web-shop QR checkout.
type Shop struct {
	wx        *Client
	grant     Granter
	notifyURL string
}

// NewShop wires the shop.
func NewShop(wx *Client, g Granter, notifyURL string) *Shop {
	return &Shop{wx: wx, grant: g, notifyURL: notifyURL}
}

// BuyWithQR shows a QR code and waits for the scan. A QR code older than
// 2 minutes confuses players, so after that we show a fresh one.
func (s *Shop) BuyWithQR(ctx context.Context, p Purchase, show func(codeURL string)) error {
	order, err := s.wx.CreateNative(ctx, p.outTradeNo(), "Gems "+p.SKU, p.Fen, s.notifyURL)
	if err != nil {
		return err
	}
	show(order.CodeURL)
	refreshAt := time.Now().Add(2 * time.Minute)
	for i := 0; i < 100; i++ {
		time.Sleep(3 * time.Second)
		state, err := s.wx.TradeState(ctx, order.OutTradeNo)
		if err != nil {
			continue
		}
		switch state {
		case "SUCCESS":
			return s.grant.Grant(ctx, p, order.OutTradeNo)
		case "CLOSED", "REVOKED", "PAYERROR":
			return ErrPaymentFailed
		}
		if time.Now().After(refreshAt) {
			order, err = s.wx.CreateNative(ctx, p.outTradeNo(), "Gems "+p.SKU, p.Fen, s.notifyURL) // want "\\[pollcreate\\] new payment created inside the loop that polls payment order.OutTradeNo"
			if err != nil {
				return err
			}
			show(order.CodeURL)
			refreshAt = time.Now().Add(2 * time.Minute)
		}
	}
	return errors.New("qr checkout timed out")
}

// BuyWithRetry keeps the player in the cashier: when WeChat reports the
// payment failed (card declined in the wallet), it offers a new QR code.
func (s *Shop) BuyWithRetry(ctx context.Context, p Purchase, show func(string)) error {
	for round := 0; round < 3; round++ {
		order, err := s.wx.CreateNative(ctx, p.outTradeNo(), "Gems "+p.SKU, p.Fen, s.notifyURL)
		if err != nil {
			return err
		}
		show(order.CodeURL)
		state, err := s.awaitFinal(ctx, order.OutTradeNo)
		if err != nil {
			return err
		}
		if state == "SUCCESS" {
			return s.grant.Grant(ctx, p, order.OutTradeNo)
		}
	}
	return ErrPaymentFailed
}

// awaitFinal polls one order until it is final or the context ends.
func (s *Shop) awaitFinal(ctx context.Context, outTradeNo string) (string, error) {
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			_ = s.wx.CloseOrder(context.Background(), outTradeNo)
			return "", ctx.Err()
		case <-t.C:
		}
		state, err := s.wx.TradeState(ctx, outTradeNo)
		if err != nil {
			return "", err
		}
		switch state {
		case "SUCCESS", "CLOSED", "REVOKED", "PAYERROR":
			return state, nil
		}
	}
}

// Reconcile is run by the nightly job for orders the notify never reached.
func (s *Shop) Reconcile(outTradeNo string, p Purchase) error {
	for { // want "\\[pollbound\\] loop polling payment outTradeNo stops only when the payment succeeds"
		state, err := s.wx.TradeState(context.Background(), outTradeNo)
		if err == nil && state == "SUCCESS" {
			return s.grant.Grant(context.Background(), p, outTradeNo)
		}
		time.Sleep(10 * time.Second)
	}
}
