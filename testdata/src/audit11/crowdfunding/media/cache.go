package media

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/redis/go-redis/v9"
)

// PageCache keeps rendered campaign pages in Redis.
type PageCache struct {
	rdb    *redis.Client
	render func(ctx context.Context, slug string) (string, error)
}

func NewPageCache(rdb *redis.Client, render func(context.Context, string) (string, error)) *PageCache {
	return &PageCache{rdb: rdb, render: render}
}

// Warm renders and stores the pages of the given campaigns.
func (c *PageCache) Warm(ctx context.Context, slugs []string) error {
	var errs []error
	for _, slug := range slugs {
		html, err := c.render(ctx, slug)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		err = backoff.Retry(func() error {
			return c.rdb.Set(ctx, "page:"+slug, html, 10*time.Minute).Err()
		}, backoff.WithMaxRetries(&backoff.ZeroBackOff{}, 3))
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Wait returns a page another instance is rendering right now, polling the
// cache briefly before rendering it itself.
func (c *PageCache) Wait(ctx context.Context, slug string) (string, error) {
	for i := 0; i < 10; i++ {
		html, err := c.rdb.Get(ctx, "page:"+slug).Result()
		if err == nil && html != "" {
			return html, nil
		}
		time.Sleep(200 * time.Millisecond)
	}
	return c.render(ctx, slug)
}
