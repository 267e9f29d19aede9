package ops

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
	"github.com/redis/go-redis/v9"
)

// Photos stores produce photos farmers upload from the field.
type Photos struct {
	rc *resty.Client
}

// NewPhotos returns the photo store; uploads over rural data connections
// fail often, so the client retries them.
func NewPhotos(bucketURL string) *Photos {
	rc := resty.New().SetBaseURL(bucketURL).SetRetryCount(3).SetRetryWaitTime(500 * time.Millisecond)
	return &Photos{rc: rc}
}

// Upload stores a listing photo and returns its key.
func (p *Photos) Upload(ctx context.Context, listingID string, jpeg []byte) (string, error) {
	key := fmt.Sprintf("listings/%s/%s.jpg", listingID, uuid.NewString())
	resp, err := p.rc.R().SetContext(ctx).
		SetHeader("Content-Type", "image/jpeg").
		SetBody(jpeg).
		Put("/" + key)
	if err != nil {
		return "", err
	}
	if resp.IsError() {
		return "", fmt.Errorf("photo upload: %s", resp.Status())
	}
	return key, nil
}

// PriceCache holds the produce prices shown on the storefront.
type PriceCache struct{ rdb *redis.Client }

// NewPriceCache returns the price cache.
func NewPriceCache(rdb *redis.Client) *PriceCache { return &PriceCache{rdb: rdb} }

// Warm refreshes the cached prices.
func (p *PriceCache) Warm(ctx context.Context, prices map[string]int64) error {
	for sku, kobo := range prices {
		for attempt := 0; attempt < 3; attempt++ {
			err := p.rdb.Set(ctx, "price:"+sku, kobo, 6*time.Hour).Err()
			if err == nil {
				break
			}
		}
	}
	return nil
}
