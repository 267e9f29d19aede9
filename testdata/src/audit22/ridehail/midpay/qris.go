// Package midpay charges GoPay and QRIS through the Midtrans core API
// (Indonesia only).
package midpay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

// Midtrans transaction statuses.
const (
	StatusSettlement = "settlement"
	StatusCapture    = "capture"
	StatusPending    = "pending"
	StatusDeny       = "deny"
	StatusCancel     = "cancel"
	StatusExpire     = "expire"
	StatusFailure    = "failure"
)

const paymentTypeQris coreapi.CoreapiPaymentType = "qris"

// Gateway is the Midtrans core API, held by billing.
type Gateway struct {
	core coreapi.Client
	log  *slog.Logger
}

// NewGateway configures the core API client.
func NewGateway(serverKey string, prod bool, log *slog.Logger) *Gateway {
	g := &Gateway{log: log}
	env := midtrans.Sandbox
	if prod {
		env = midtrans.Production
	}
	g.core.New(serverKey, env)
	return g
}

// QR is a QRIS charge shown on the rider's phone.
type QR struct {
	OrderID       string
	TransactionID string
	Status        string
}

// Charge creates a QRIS charge for an order id. Midtrans refuses a second
// charge for the same order id.
func (g *Gateway) Charge(orderID string, amount int64) (*QR, error) {
	res, merr := g.core.ChargeTransaction(&coreapi.ChargeReq{
		PaymentType:        paymentTypeQris,
		TransactionDetails: midtrans.TransactionDetails{OrderID: orderID, GrossAmt: amount},
	})
	if merr != nil {
		return nil, merr
	}
	return &QR{OrderID: res.OrderID, TransactionID: res.TransactionID, Status: res.TransactionStatus}, nil
}

// Check reads an order's transaction status.
func (g *Gateway) Check(orderID string) (*coreapi.TransactionStatusResponse, error) {
	st, merr := g.core.CheckTransaction(orderID)
	if merr != nil {
		return nil, merr
	}
	return st, nil
}

// CheckWithRetry reads the status, trying again on a transport hiccup.
func (g *Gateway) CheckWithRetry(orderID string) (*coreapi.TransactionStatusResponse, error) {
	var lastErr error
	for i := 0; i < 5; i++ {
		st, err := g.Check(orderID) // want "\\[retrybackoff\\] midpay\\.Gateway\\.Check \\(midtrans Client\\.CheckTransaction\\) is retried by a"
		if err == nil {
			return st, nil
		}
		var me *midtrans.Error
		if errors.As(err, &me) && me.StatusCode >= 400 && me.StatusCode < 500 && me.StatusCode != 429 {
			return nil, err
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond)
	}
	return nil, lastErr
}

// paid reports a settled GoPay/QRIS payment.
func paid(st *coreapi.TransactionStatusResponse) bool {
	return st.TransactionStatus == StatusSettlement ||
		(st.TransactionStatus == StatusCapture && st.FraudStatus == "accept")
}

// dead reports a status that will never be paid.
func dead(s string) bool {
	switch s {
	case StatusDeny, StatusCancel, StatusExpire, StatusFailure:
		return true
	}
	return false
}

// ErrNotPaid is returned when the QR was not paid.
var ErrNotPaid = errors.New("midpay: not paid")

// CollectAtCounter shows a QR at a merchant counter (food pick-up) and
// waits for the rider to scan it. A QR that sits unscanned for two minutes
// is refreshed, since riders complain that old codes "don't scan".
func (g *Gateway) CollectAtCounter(ctx context.Context, orderID string, amount int64) (*QR, error) {
	qr, err := g.Charge(orderID, amount)
	if err != nil {
		return nil, err
	}
	shown := time.Now()
	deadline := time.Now().Add(10 * time.Minute)
	for n := 1; time.Now().Before(deadline); n++ {
		st, err := g.CheckWithRetry(qr.OrderID)
		if err != nil {
			return nil, err
		}
		if paid(st) {
			return qr, nil
		}
		if dead(st.TransactionStatus) {
			return nil, fmt.Errorf("%w: %s", ErrNotPaid, st.TransactionStatus)
		}
		if time.Since(shown) > 2*time.Minute {
			qr, err = g.Charge(fmt.Sprintf("%s-%d", orderID, n), amount) // want "\\[pollcreate\\] new payment created inside the loop that polls payment qr\\.OrderID \\(line"
			if err != nil {
				return nil, err
			}
			shown = time.Now()
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
	return nil, ErrNotPaid
}

// PayTopUp charges a wallet top-up and, if the QR expires or is denied,
// issues a fresh one (up to three), waiting 3s between reads.
func (g *Gateway) PayTopUp(ctx context.Context, orderID string, amount int64) (*QR, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	for round := 0; round < 3; round++ {
		id := fmt.Sprintf("%s-%d", orderID, round)
		qr, err := g.Charge(id, amount)
		if err != nil {
			return nil, err
		}
	poll:
		for {
			st, err := g.Check(id)
			if err != nil {
				return nil, err
			}
			switch {
			case paid(st):
				return qr, nil
			case dead(st.TransactionStatus):
				break poll // audit: lookalike pollcreate: a new QR is made only after Midtrans said expire/deny/cancel/failure for the old one
			}
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(3 * time.Second):
			}
		}
	}
	return nil, ErrNotPaid
}

// Sheet is the rider app's payment sheet: it long-polls the order until
// the QR is paid or dead, at most 90 seconds per request.
func (g *Gateway) Sheet(ctx context.Context, orderID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	tick := time.NewTicker(750 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 750ms: the provider's limit is one poll per"
	defer tick.Stop()
	for {
		st, err := g.Check(orderID)
		if err != nil {
			return "", err
		}
		if paid(st) || dead(st.TransactionStatus) {
			return st.TransactionStatus, nil
		}
		select {
		case <-ctx.Done():
			return StatusPending, nil
		case <-tick.C:
		}
	}
}
