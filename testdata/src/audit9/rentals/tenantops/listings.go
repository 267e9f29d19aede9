package tenantops

import (
	"context"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
)

// Listing is a vacant unit advertised on rental portals.
type Listing struct {
	UnitID   string `json:"unit_id"`
	Title    string `json:"title"`
	Rent     int64  `json:"rent"`
	Bedrooms int    `json:"bedrooms"`
}

// Syndicator pushes listings to the listing aggregator feed.
type Syndicator struct {
	rc *resty.Client
}

// NewSyndicator returns a Syndicator.
func NewSyndicator(baseURL, token string) *Syndicator {
	return &Syndicator{rc: resty.New().SetBaseURL(baseURL).SetAuthToken(token).SetRetryCount(3)}
}

// Publish posts a listing to the feed.
func (s *Syndicator) Publish(ctx context.Context, l Listing) error {
	_, err := s.rc.R().SetContext(ctx).
		SetHeader("X-Correlation-Id", uuid.NewString()).
		SetBody(l).
		Post("/v3/listings")
	return err
}

// WaitLive waits until the feed shows the listing on the partner portals.
func (s *Syndicator) WaitLive(ctx context.Context, unitID string) error {
	op := func() error {
		var out struct {
			State string `json:"state"`
		}
		resp, err := s.rc.R().SetContext(ctx).SetResult(&out).Get("/v3/listings/" + unitID)
		if err != nil {
			return err
		}
		if resp.IsError() {
			return backoff.Permanent(err)
		}
		if out.State != "live" {
			return errNotLive
		}
		return nil
	}
	b := backoff.NewConstantBackOff(time.Second)
	return backoff.Retry(op, backoff.WithContext(backoff.WithMaxRetries(b, 120), ctx))
}

type syndicationError string

func (e syndicationError) Error() string { return string(e) }

const errNotLive = syndicationError("listing not live yet")
