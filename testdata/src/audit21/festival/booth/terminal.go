package booth

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/sethvargo/go-retry"

	"audit21/festival/platform"
)

// ErrDeclined is returned when the card was declined or the attendee
// canceled on the reader.
var ErrDeclined = errors.New("declined on reader")

// readerIdle is how long a reader shows a charge before it dims.
const readerIdle = 45 * time.Second

// displayRefresh is how often the booth's customer-facing screen updates.
const displayRefresh = 500 * time.Millisecond

// Terminal runs charges on one booth's reader.
type Terminal struct {
	api      *Client
	boothID  string
	readerID string
	log      *slog.Logger
}

// NewTerminal binds a booth to its reader.
func NewTerminal(api *Client, boothID, readerID string, log *slog.Logger) *Terminal {
	return &Terminal{api: api, boothID: boothID, readerID: readerID, log: log}
}

// Charge pushes a top-up to the reader and waits for the tap.
func (t *Terminal) Charge(ctx context.Context, cents platform.Cents) (*Checkout, error) {
	co, err := t.api.CreateCheckout(ctx, t.boothID, t.readerID, cents)
	if err != nil {
		return nil, err
	}
	idleAt := time.Now().Add(readerIdle)
	for {
		cur, err := t.api.Get(ctx, co.ID)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case StatusPaid:
			return cur, nil
		case StatusFailed, StatusCanceled, StatusExpired:
			return cur, ErrDeclined
		}
		if time.Now().After(idleAt) {
			// The reader dimmed before the tap; wake it with the charge again.
			t.log.InfoContext(ctx, "reader idle, re-sending charge", "booth", t.boothID, "checkout", co.ID)
			co, err = t.api.CreateCheckout(ctx, t.boothID, t.readerID, cents) // want "\\[pollcreate\\] new payment created inside the loop that polls payment co\\.ID \\(line 45\\):"
			if err != nil {
				return nil, err
			}
			idleAt = time.Now().Add(readerIdle)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(2 * time.Second):
		}
	}
}

// Await polls a checkout until it settles or three minutes pass.
func (t *Terminal) Await(ctx context.Context, id string) (*Checkout, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	wait := 2 * time.Second
	for { // audit: lookalike pollbound: bounded by the 3-minute context and leaves on every terminal state
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("checkout %s still pending: %w", id, ctx.Err())
		case <-time.After(wait):
		}
		co, err := t.api.Get(ctx, id)
		if err != nil {
			t.log.WarnContext(ctx, "checkout read failed", "id", id, "err", err)
			continue
		}
		switch co.Status {
		case StatusPaid, StatusFailed, StatusCanceled, StatusExpired:
			return co, nil
		}
		if wait < 10*time.Second {
			wait += time.Second
		}
	}
}

// ChargeOrRetry gives the attendee a second go when the first card is
// declined (wrong PIN, contactless limit): a fresh checkout is pushed only
// after the reader reported the first one as failed or canceled.
func (t *Terminal) ChargeOrRetry(ctx context.Context, cents platform.Cents) (*Checkout, error) {
	for try := 0; try < 2; try++ {
		co, err := t.api.CreateCheckout(ctx, t.boothID, t.readerID, cents) // audit: lookalike pollcreate: a new checkout only after Await returned the previous one in a terminal FAILED/CANCELED/EXPIRED state; a still-pending one returns an error
		if err != nil {
			return nil, err
		}
		done, err := t.Await(ctx, co.ID)
		if err != nil {
			return nil, err
		}
		if done.Status == StatusPaid {
			return done, nil
		}
	}
	return nil, ErrDeclined
}

// Display mirrors a checkout's state on the booth's customer screen until
// it settles.
func (t *Terminal) Display(ctx context.Context, id string, show func(status string)) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	tick := time.NewTicker(displayRefresh) // want "\\[pollinterval\\] payment status polled every 500ms: the provider's limit is one poll per 2s"
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		co, err := t.api.Get(ctx, id)
		if err != nil {
			return err
		}
		show(co.Status)
		if co.Status != StatusPending {
			return nil
		}
	}
}

// Finalize makes sure a checkout left open at the end of a booth shift
// reaches a final state before the shift's cash-up is written.
func (t *Terminal) Finalize(id string) (*Checkout, error) {
	ctx := context.Background()
	b := retry.NewExponential(2 * time.Second)
	var final *Checkout
	err := retry.Do(ctx, b, func(ctx context.Context) error { // want "\\[pollbound\\] retry\\.Do polling payment id has no bound: no ctx\\.Done\\(\\), deadline, attempt cap or timeout"
		co, err := t.api.Get(ctx, id)
		if err != nil {
			return retry.RetryableError(err)
		}
		if co.Status == StatusPending {
			return retry.RetryableError(fmt.Errorf("checkout %s pending", id))
		}
		final = co
		return nil
	})
	return final, err
}
