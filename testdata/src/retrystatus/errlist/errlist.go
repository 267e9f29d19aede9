// Package errlist retries Square calls whose response lists the API's
// errors: sending every listed error round again retries declines.
package errlist

import (
	"context"
	"fmt"
	"log"
	"time"

	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/client"
)

type Tills struct {
	sq  *client.Client
	log *log.Logger
}

// Every listed error goes round: the list is read only for the log line.
func (t *Tills) Refund(ctx context.Context, paymentID string, cents int64) (*square.PaymentRefund, error) {
	req := &square.RefundPaymentRequest{
		IdempotencyKey: "refund-" + paymentID,
		AmountMoney:    &square.Money{Amount: square.Int64(cents)},
		PaymentID:      square.String(paymentID),
	}
	var last error
	for try := 0; try < 3; try++ {
		res, err := t.sq.Refunds.RefundPayment(ctx, req)
		if err != nil {
			last = err
		} else if res.Errors != nil { // want `square Refunds.RefundPayment is retried by a for loop \(line 28\): every error the response lists is retried, including CARD_DECLINED`
			last = fmt.Errorf("refund %s: %s", paymentID, res.Errors[0].Code)
			t.log.Print(last)
		} else {
			return res.Refund, nil
		}
		time.Sleep(time.Duration(try+1) * 2 * time.Second)
	}
	return nil, last
}

// Look-alike: the code of the listed error decides; a decline stops.
func (t *Tills) RefundReadsCode(ctx context.Context, paymentID string, cents int64) (*square.PaymentRefund, error) {
	req := &square.RefundPaymentRequest{
		IdempotencyKey: "refund-" + paymentID,
		AmountMoney:    &square.Money{Amount: square.Int64(cents)},
		PaymentID:      square.String(paymentID),
	}
	for try := 0; try < 3; try++ {
		res, err := t.sq.Refunds.RefundPayment(ctx, req)
		if err == nil && len(res.Errors) == 0 {
			return res.Refund, nil
		}
		if err == nil && res.Errors[0].Code != "INTERNAL_SERVER_ERROR" {
			return nil, fmt.Errorf("refund %s: %s", paymentID, res.Errors[0].Code)
		}
		time.Sleep(time.Duration(try+1) * 2 * time.Second)
	}
	return nil, fmt.Errorf("refund %s: gave up", paymentID)
}

// Look-alike: every listed error stops; only transport errors go round.
func (t *Tills) RefundListStops(ctx context.Context, paymentID string, cents int64) (*square.PaymentRefund, error) {
	req := &square.RefundPaymentRequest{
		IdempotencyKey: "refund-" + paymentID,
		AmountMoney:    &square.Money{Amount: square.Int64(cents)},
		PaymentID:      square.String(paymentID),
	}
	for try := 0; try < 3; try++ {
		res, err := t.sq.Refunds.RefundPayment(ctx, req)
		if err != nil {
			time.Sleep(time.Duration(try+1) * 2 * time.Second)
			continue
		}
		if len(res.Errors) > 0 {
			return nil, fmt.Errorf("refund %s: %s", paymentID, res.Errors[0].Code)
		}
		return res.Refund, nil
	}
	return nil, fmt.Errorf("refund %s: gave up", paymentID)
}

// Look-alike: a blind retry of the SDK's error, the list unread.
func (t *Tills) RefundBlind(ctx context.Context, paymentID string, cents int64) (*square.PaymentRefund, error) {
	req := &square.RefundPaymentRequest{
		IdempotencyKey: "refund-" + paymentID,
		AmountMoney:    &square.Money{Amount: square.Int64(cents)},
		PaymentID:      square.String(paymentID),
	}
	var last error
	for try := 0; try < 3; try++ {
		res, err := t.sq.Refunds.RefundPayment(ctx, req)
		if err == nil {
			return res.Refund, nil
		}
		last = err
		time.Sleep(time.Duration(try+1) * 2 * time.Second)
	}
	return nil, last
}
