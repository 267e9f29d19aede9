package squarecheckout

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
)

var errDeclined = errors.New("card declined")

func (c *Charger) money(cents int64) *square.Money {
	cur := square.Currency(c.cfg.Currency)
	return &square.Money{Amount: square.Int64(cents), Currency: &cur}
}

// Charge takes the payment for a ticket order. Square times out now and
// then at on-sales, so we try three times.
func (c *Charger) Charge(ctx context.Context, o TicketOrder) (string, error) {
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		resp, err := c.sq.Payments.Create(ctx, &square.CreatePaymentRequest{ // want "\\[idempotency\\] square Payments.Create .* key made anew on every attempt" "\\[retrybackoff\\] square Payments.Create .* every 200ms"
			SourceID:       o.CardNonce,
			IdempotencyKey: uuid.NewString(),
			AmountMoney:    c.money(o.TotalCents),
			OrderID:        square.String(o.SquareOrderID),
		})
		if err == nil && len(resp.Errors) == 0 { // want "\\[retrystatus\\] square Payments.Create is retried by a for loop \\(line 24\\): every error the response lists is retried, including CARD_DECLINED"
			return *resp.Payment.ID, nil
		}
		if err == nil {
			err = fmt.Errorf("square: %s", resp.Errors[0].Code)
		} // (audit: retrystatus, Square's refusal read only into the error text and retried anyway: reported at line 31)
		lastErr = err
		c.log.Printf("order %s attempt %d: %v", o.ID, attempt, err)
		time.Sleep(200 * time.Millisecond)
	}
	return "", lastErr
}

// ChargeStable is the box-office terminal path: one key per ticket order,
// so a retried request can only ever take the money once.
func (c *Charger) ChargeStable(ctx context.Context, o TicketOrder) (string, error) {
	key := "tkt-" + o.ID
	wait := time.Second
	for attempt := 1; attempt <= 4; attempt++ {
		resp, err := c.sq.Payments.Create(ctx, &square.CreatePaymentRequest{
			SourceID:       o.CardNonce,
			IdempotencyKey: key,
			AmountMoney:    c.money(o.TotalCents),
			OrderID:        square.String(o.SquareOrderID),
		})
		if err == nil && len(resp.Errors) == 0 {
			return *resp.Payment.ID, nil
		}
		if err == nil && resp.Errors[0].Code == "CARD_DECLINED" {
			return "", errDeclined
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return "", fmt.Errorf("square: order %s not charged", o.ID)
}

// RefundCancelled refunds a paid order when the organiser cancels the show.
// The key is fresh per attempt, and the wait is a flat half second.
func (c *Charger) RefundCancelled(ctx context.Context, paymentID string, cents int64) error {
	for i := 0; i < 5; i++ {
		_, err := c.sq.Refunds.RefundPayment(ctx, &square.RefundPaymentRequest{ // want "\\[idempotency\\] square Refunds.RefundPayment .* key made anew" "\\[retrybackoff\\] square Refunds.RefundPayment .* every 500ms"
			IdempotencyKey: fmt.Sprintf("refund-%s-%d", paymentID, time.Now().UnixNano()),
			AmountMoney:    c.money(cents),
			PaymentID:      square.String(paymentID),
		})
		if err == nil { // audit: missed retrystatus (by design silent: an SDK call retried on its bare error): every error of RefundPayment is retried unread, including Square's 4xx refusals (REFUND_AMOUNT_INVALID, a 404 payment); KeyStone: 400/404/422 are not retried
			return nil
		}
		time.Sleep(500 * time.Millisecond)
	}
	return fmt.Errorf("refund %s failed", paymentID)
}
