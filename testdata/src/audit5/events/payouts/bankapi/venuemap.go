package bankapi

import (
	"context"
	"io"
	"net/http"
	"time"
)

// FetchVenueMap downloads a venue's seat-map SVG from the CDN. Any failure
// is retried after a short flat pause: the CDN is flaky and GETs are safe.
func FetchVenueMap(ctx context.Context, url string) ([]byte, error) {
	var lastErr error
	for i := 0; i < 4; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil && resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			err = io.ErrUnexpectedEOF
		}
		if err == nil {
			defer resp.Body.Close()
			return io.ReadAll(resp.Body)
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond)
	}
	return nil, lastErr
}
