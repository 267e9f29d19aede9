package billing

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/cenkalti/backoff/v4"

	"audit20/sportsclub/domain"
	"audit20/sportsclub/platform"
	"audit20/sportsclub/psp"
	"audit20/sportsclub/store"
	"audit20/sportsclub/twint"
)

// RainCheck refunds outdoor bookings that were rained out.
type RainCheck struct {
	bookings *store.Bookings
	fees     *store.Fees
	mollie   *psp.Mollie
	adyen    *psp.Adyen
	square   *psp.Square
	twint    *twint.Client
	weather  *http.Client
	station  string
}

// NewRainCheck wires the service.
func NewRainCheck(b *store.Bookings, f *store.Fees, m *psp.Mollie, a *psp.Adyen, sq *psp.Square, tw *twint.Client, weatherURL string) *RainCheck {
	return &RainCheck{bookings: b, fees: f, mollie: m, adyen: a, square: sq, twint: tw,
		weather: &http.Client{Timeout: 5 * time.Second}, station: weatherURL}
}

type reading struct {
	Ready    bool    `json:"ready"`
	RainMM   float64 `json:"rain_mm"`
	CourtsOK bool    `json:"courts_playable"`
}

// Sweep asks the club's weather station for the last hour and, when the
// courts were unplayable, flags outdoor bookings and queues their refunds.
func (r *RainCheck) Sweep(ctx context.Context, club domain.Club) error {
	var rd reading
	for { // audit: lookalike pollbound: waits for the weather station's hourly summary, not for a payment
		res, err := r.weather.Get(fmt.Sprintf("%s/clubs/%s/summary?window=1h", r.station, club.Slug))
		if err == nil {
			err = json.NewDecoder(res.Body).Decode(&rd)
			res.Body.Close()
		}
		if err == nil && rd.Ready {
			break
		}
		time.Sleep(30 * time.Second)
	}
	if rd.CourtsOK {
		return nil
	}
	to := time.Now()
	bookings, err := r.bookings.OutdoorOn(ctx, club.ID, to.Add(-time.Hour), to)
	if err != nil {
		return err
	}
	for _, b := range bookings {
		if err := r.bookings.MarkRainedOut(ctx, b); err != nil {
			return err
		}
	}
	return nil
}

// RefundQueued sends the queued rain refunds of every provider.
func (r *RainCheck) RefundQueued(ctx context.Context) error {
	log := platform.L("rain")
	for provider, send := range map[string]func(context.Context, domain.Refund) error{
		"mollie": r.refundMollie,
		"adyen":  r.refundAdyen,
		"square": r.refundSquare,
		"twint":  r.refundTwint,
	} {
		queued, err := r.fees.QueuedRefunds(ctx, provider)
		if err != nil {
			return err
		}
		for _, rf := range queued {
			status := "sent"
			if err := send(ctx, rf); err != nil {
				log.Error("refund failed", "refund", rf.ID, "provider", provider, "err", err)
				status = "failed"
			}
			if err := r.fees.SetRefundStatus(ctx, rf.ID, status); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *RainCheck) refundMollie(ctx context.Context, rf domain.Refund) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		err = r.mollie.Refund(ctx, rf.ProviderRef, rf.AmountCents, rf.Currency, "Rained out") // want "\\[idempotency\\] psp\\.Mollie\\.Refund \\(mollie Refunds\\.Create\\) is retried by a for loop \\(line"
		if err == nil || !networkError(err) {
			return err
		}
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return err
}

func (r *RainCheck) refundAdyen(ctx context.Context, rf domain.Refund) error {
	key := "rain-refund-" + strconv.FormatInt(rf.ID, 10)
	ref := fmt.Sprintf("RR%d", rf.ID)
	op := func() error {
		_, httpRes, err := r.adyen.Refund(ctx, rf.ProviderRef, ref, rf.AmountCents, rf.Currency, key) // audit: lookalike idempotency: the key comes from the refund row and is made once, before backoff.Retry
		if httpRes != nil && httpRes.StatusCode >= 400 {                                              // want "\\[retrystatus\\] psp\\.Adyen\\.Refund \\(adyen ModificationsApi\\.RefundCapturedPayment\\) is retried"
			return fmt.Errorf("adyen refund %s: HTTP %d", rf.ProviderRef, httpRes.StatusCode) // audit: reported at rain.go:119 (retrystatus, the status test above): every 4xx (422 already fully refunded, 403, 400) comes back as a plain error, which backoff.Retry sends round again; only 5xx/429 should be
		}
		return err
	}
	return backoff.Retry(op, backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx))
}

func (r *RainCheck) refundSquare(ctx context.Context, rf domain.Refund) error {
	key := "rain-" + strconv.FormatInt(rf.ID, 10)
	var err error
	for attempt := 1; attempt <= 4; attempt++ {
		if err = r.square.Refund(ctx, rf.ProviderRef, rf.AmountCents, rf.Currency, key); err == nil { // want "\\[retrybackoff\\] psp\\.Square\\.Refund \\(square Refunds\\.RefundPayment\\) is retried by a for loop"
			return nil
		}
		if !networkError(err) {
			return err
		}
		time.Sleep(250 * time.Millisecond)
	}
	return err
}

func (r *RainCheck) refundTwint(ctx context.Context, rf domain.Refund) error {
	return r.twint.Refund(ctx, rf.ProviderRef, strconv.FormatInt(rf.ID, 10), rf.AmountCents)
}
