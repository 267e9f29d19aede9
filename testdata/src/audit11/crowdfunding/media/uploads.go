// Package media handles campaign images, the campaign page cache, share
// counters and backer update e-mails.
package media

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Bucket is an S3-compatible bucket reached with presigned-style URLs.
type Bucket struct {
	endpoint string
	token    string
	hc       *http.Client
}

func NewBucket(endpoint, token string) *Bucket {
	return &Bucket{endpoint: endpoint, token: token, hc: &http.Client{Timeout: 30 * time.Second}}
}

// PutImage uploads a campaign image; the object store drops connections
// under load, so the upload is tried a few times.
func (b *Bucket) PutImage(ctx context.Context, campaignID string, img []byte, contentType string) (string, error) {
	key := fmt.Sprintf("campaigns/%s/%s", campaignID, uuid.NewString())
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, b.endpoint+"/"+key, bytes.NewReader(img))
		if err != nil {
			return "", err
		}
		req.Header.Set("Authorization", "Bearer "+b.token)
		req.Header.Set("Content-Type", contentType)
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := b.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return key, nil
			}
			lastErr = fmt.Errorf("put %s: %s", key, resp.Status)
		} else {
			lastErr = err
		}
		time.Sleep(100 * time.Millisecond)
	}
	return "", lastErr
}
