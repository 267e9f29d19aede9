package bidding

import (
	"bytes"
	"context"
	"net/http"
	"time"
)

// CDN stores lot photos.
type CDN struct {
	UploadURL string
	HTTP      *http.Client
}

// UploadPhoto puts a lot photo; the CDN edge sometimes answers 503.
func (c *CDN) UploadPhoto(ctx context.Context, lotID string, jpeg []byte) error {
	var lastErr error
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.UploadURL+"/lots/"+lotID+"/photos", bytes.NewReader(jpeg))
		req.Header.Set("Content-Type", "image/jpeg")
		resp, err := c.HTTP.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated {
				return nil
			}
		}
		lastErr = err
		if ctx.Err() != nil {
			return lastErr
		}
		time.Sleep(100 * time.Millisecond)
	}
}
