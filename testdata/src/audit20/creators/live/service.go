// Package live is the tipping service used during live streams: fans tip
// with a saved card and the tip pops up on the creator's stream overlay.
// It runs on hertz, separately from the main API, because the overlay
// traffic spikes during big streams.
package live

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit20/creators/store"
)

// Overlay shows paid tips on a stream.
type Overlay interface {
	Show(streamID string, tip *store.Tip)
}

// Service charges tips.
type Service struct {
	sc      *stripe.Client
	tips    *store.Tips
	overlay Overlay
	log     *slog.Logger
}

// NewService builds a Service.
func NewService(sc *stripe.Client, tips *store.Tips, overlay Overlay, log *slog.Logger) *Service {
	return &Service{sc: sc, tips: tips, overlay: overlay, log: log}
}

func tipParams(t *store.Tip) *stripe.PaymentIntentCreateParams {
	return &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(t.AmountCents),
		Currency:      stripe.String(strings.ToLower(t.Currency)),
		Customer:      stripe.String(t.Customer),
		PaymentMethod: stripe.String(t.PaymentMethod),
		Confirm:       stripe.Bool(true),
		ReturnURL:     stripe.String("https://live.fanclub.example/tips/return"),
		Metadata:      map[string]string{"tip_id": t.ID, "stream_id": t.StreamID, "creator_id": t.CreatorID},
	}
}

// Charge confirms a PaymentIntent for the tip on the fan's saved card.
func (s *Service) Charge(ctx context.Context, t *store.Tip) (*stripe.PaymentIntent, error) {
	var last error
	for attempt := 1; attempt <= 3; attempt++ {
		params := tipParams(t)
		// Stripe replays the first answer for a reused key, errors included,
		// so every attempt gets its own.
		params.SetIdempotencyKey("tip-" + t.ID + "-" + strconv.Itoa(attempt))
		pi, err := s.sc.V1PaymentIntents.Create(ctx, params) // want "\\[idempotency\\] stripe V1PaymentIntents\\.Create is retried by a for loop \\(line 55\\) with an"
		if err == nil {
			return pi, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != http.StatusTooManyRequests {
			return nil, err // declined or a bad request: tell the fan
		}
		last = err
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return nil, fmt.Errorf("tip %s: %w", t.ID, last)
}

// Settle follows the tip's PaymentIntent until Stripe settles it and
// shows the tip on the overlay.
func (s *Service) Settle(ctx context.Context, t *store.Tip, piID string) error {
	started := time.Now()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(3 * time.Second):
		}
		pi, err := s.sc.V1PaymentIntents.Retrieve(ctx, piID, nil)
		if err != nil {
			return fmt.Errorf("tip %s status: %w", t.ID, err)
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			if err := s.tips.MarkPaid(ctx, t.ID); err != nil {
				return err
			}
			s.overlay.Show(t.StreamID, t)
			return nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			s.log.Info("tip failed", "tip", t.ID, "status", pi.Status)
			return nil
		}
		if time.Since(started) > 90*time.Second {
			// The stream moves on fast; a tip that is still processing
			// after 90s is charged again so it shows up while it matters.
			params := tipParams(t)
			params.SetIdempotencyKey(fmt.Sprintf("tip-%s-again-%d", t.ID, time.Now().Unix()))
			fresh, err := s.sc.V1PaymentIntents.Create(ctx, params) // want "\\[pollcreate\\] new payment created inside the loop that polls payment piID \\(line 78\\): keep"
			if err != nil {
				return err
			}
			piID, started = fresh.ID, time.Now()
			if err := s.tips.SetIntent(ctx, t.ID, piID); err != nil {
				return err
			}
		}
	}
}
