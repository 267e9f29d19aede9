// Package mpcontextkeys: Mercado Pago writes (sdk-go v1.14.0) whose
// idempotency key travels in the context, attached with
// requestoptions.WithIdempotencyKey(ctx, key): the SDK sends it as
// X-Idempotency-Key instead of its own random key. A key attached once
// before the retry is the caller's stable key; one attached inside the
// retried function from a fresh value is new on every attempt.
package mpcontextkeys

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/google/uuid"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/refund"
	"github.com/mercadopago/sdk-go/pkg/requestoptions"
)

// Deposits charges booking deposits with saved cards.
type Deposits struct {
	payments payment.Client
	refunds  refund.Client
}

func depositRequest(bookingID int64, cents int64, token string) payment.Request {
	return payment.Request{
		TransactionAmount: float64(cents) / 100,
		Token:             token,
		ExternalReference: "deposit-" + strconv.FormatInt(bookingID, 10),
	}
}

// --- reported ---

// ChargeFreshKeyEachTry attaches a new uuid inside the retried closure.
func (d *Deposits) ChargeFreshKeyEachTry(ctx context.Context, bookingID, cents int64, token string) error {
	return retry.Do(func() error {
		keyed := requestoptions.WithIdempotencyKey(ctx, uuid.NewString())
		_, err := d.payments.Create(keyed, depositRequest(bookingID, cents, token)) // want `mercadopago payment.Create is retried by retry.Do \(line 41\) with an idempotency key made anew on every attempt \(uuid.NewString\(\)`
		return err
	}, retry.Attempts(3), retry.Delay(2*time.Second))
}

// ChargeClockKeyEachPass stamps the key with the clock on every pass.
func (d *Deposits) ChargeClockKeyEachPass(ctx context.Context, bookingID, cents int64, token string) error {
	for attempt := 0; attempt < 3; attempt++ {
		key := fmt.Sprintf("deposit-%d-%d", bookingID, time.Now().UnixNano())
		if _, err := d.payments.Create(requestoptions.WithIdempotencyKey(ctx, key), depositRequest(bookingID, cents, token)); err == nil { // want `mercadopago payment.Create is retried by a for loop \(line 50\) with an idempotency key made anew on every attempt \(time.Now\(\)`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return errors.New("deposit: gave up")
}

// ChargeNoKey retries with a bare context: the SDK draws its own key.
func (d *Deposits) ChargeNoKey(ctx context.Context, bookingID, cents int64, token string) error {
	return retry.Do(func() error {
		_, err := d.payments.Create(ctx, depositRequest(bookingID, cents, token)) // want `mercadopago payment.Create is retried by retry.Do \(line 62\) without an idempotency key: mercadopago sdk-go adds a new random key to each call`
		return err
	}, retry.Attempts(3), retry.Delay(2*time.Second))
}

// --- silent ---

// ChargeKeyedByBooking attaches a key made from the booking once, before
// retrying: every attempt sends the same key.
func (d *Deposits) ChargeKeyedByBooking(ctx context.Context, bookingID, cents int64, token string) (*payment.Response, error) {
	keyed := requestoptions.WithIdempotencyKey(ctx, "deposit-"+strconv.FormatInt(bookingID, 10))
	return retry.DoWithData(func() (*payment.Response, error) {
		return d.payments.Create(keyed, depositRequest(bookingID, cents, token))
	}, retry.Attempts(3), retry.Delay(2*time.Second), retry.Context(ctx))
}

// ChargeUUIDOnce draws one uuid before the loop and attaches it to the
// context the loop reuses.
func (d *Deposits) ChargeUUIDOnce(ctx context.Context, bookingID, cents int64, token string) error {
	ctx = requestoptions.WithIdempotencyKey(ctx, uuid.NewString())
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := d.payments.Create(ctx, depositRequest(bookingID, cents, token)); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return errors.New("deposit: gave up")
}

// RefundKeyedByPayment refunds with a key made from the payment id, once.
func (d *Deposits) RefundKeyedByPayment(ctx context.Context, paymentID int) error {
	keyed := requestoptions.WithIdempotencyKey(ctx, "refund-"+strconv.Itoa(paymentID))
	return retry.Do(func() error {
		_, err := d.refunds.Create(keyed, paymentID)
		return err
	}, retry.Attempts(3), retry.Delay(2*time.Second))
}
