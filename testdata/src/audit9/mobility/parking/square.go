package parking

import (
	"context"
	"fmt"
	"strconv"
	"time"

	square "github.com/square/square-go-sdk"
	squareclient "github.com/square/square-go-sdk/client"

	"audit9/mobility/domain"
)

const squarePollEvery = time.Second

// squareGateway collects parking fees in the US and Canada.
type squareGateway struct {
	sq *squareclient.Client
}

func (g *squareGateway) Name() string { return "square" }

// Charge pays the session with the card nonce from the app.
func (g *squareGateway) Charge(ctx context.Context, s *domain.ParkingSession, sourceID string) (string, error) {
	cur := square.Currency(s.Currency)
	var (
		res *square.CreatePaymentResponse
		err error
	)
	for attempt := 0; attempt < 3; attempt++ {
		res, err = g.sq.Payments.Create(ctx, &square.CreatePaymentRequest{ // want "\\[idempotency\\] square Payments.Create is retried by a for loop .* attempt counter"
			SourceID:       sourceID,
			IdempotencyKey: s.ID + "-" + strconv.Itoa(attempt),
			AmountMoney:    &square.Money{Amount: square.Int64(s.AmountCents), Currency: &cur},
		})
		if err == nil && len(res.Errors) == 0 { // want "\\[retrystatus\\] square Payments.Create is retried by a for loop .* CARD_DECLINED"
			break
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	if err != nil {
		return "", fmt.Errorf("square create payment: %w", err)
	}
	if len(res.Errors) > 0 {
		return "", fmt.Errorf("square create payment: %s", res.Errors[0].Code)
	}
	return g.awaitCompleted(ctx, *res.Payment.ID)
}

func (g *squareGateway) awaitCompleted(ctx context.Context, paymentID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	tick := time.NewTicker(squarePollEvery) // want "\\[pollinterval\\] payment status polled every 1s"
	defer tick.Stop()
	for {
		res, err := g.sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: paymentID})
		if err != nil {
			return paymentID, err
		}
		if res.Payment != nil && res.Payment.Status != nil {
			switch *res.Payment.Status {
			case "COMPLETED":
				return paymentID, nil
			case "FAILED", "CANCELED":
				return paymentID, ErrRejected
			}
		}
		select {
		case <-ctx.Done():
			return paymentID, ctx.Err()
		case <-tick.C:
		}
	}
}
