package enforcement

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

// PlateRead is one read of the ANPR camera feed.
type PlateRead struct {
	CameraID string    `json:"camera_id"`
	Plate    string    `json:"plate"`
	ZoneID   string    `json:"zone_id"`
	SeenAt   time.Time `json:"seen_at"`
	JPEG     []byte    `json:"-"`
}

// Evidence uploads camera images to the evidence bucket.
type Evidence struct {
	bucketURL string
	http      *http.Client
}

// NewEvidence returns an evidence uploader.
func NewEvidence(bucketURL string, hc *http.Client) *Evidence {
	return &Evidence{bucketURL: bucketURL, http: hc}
}

// Upload stores the image of a read and returns its object URL. Uploads are
// retried with backoff; each attempt writes a fresh object name so a half
// written object is never overwritten.
func (e *Evidence) Upload(ctx context.Context, read PlateRead) (string, error) {
	var objectURL string
	op := func() error {
		objectURL = fmt.Sprintf("%s/%s/%s.jpg", e.bucketURL, read.CameraID, uuid.NewString())
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, objectURL, bytes.NewReader(read.JPEG))
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("Content-Type", "image/jpeg")
		resp, err := e.http.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
			return fmt.Errorf("evidence upload: %s", resp.Status)
		}
		if resp.StatusCode >= 300 {
			return backoff.Permanent(fmt.Errorf("evidence upload: %s", resp.Status))
		}
		return nil
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
	if err := backoff.Retry(op, b); err != nil {
		return "", err
	}
	return objectURL, nil
}
