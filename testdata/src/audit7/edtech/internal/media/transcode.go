// Package media handles course videos: transcoding, search indexing and
// the live-session (Zoom) integration.
package media

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Transcoder is the video pipeline's REST API.
type Transcoder struct {
	Base string
	HTTP *http.Client
}

// Job is a transcoding job.
type Job struct {
	ID     string `json:"id"`
	Status string `json:"status"` // queued, processing, ready, errored
	HLSURL string `json:"hls_url"`
}

// WaitReady polls a job until the HLS rendition is ready; uploads are
// small and the uploader UI wants a quick answer.
func (t *Transcoder) WaitReady(ctx context.Context, jobID string) (*Job, error) {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, t.Base+"/jobs/"+jobID, nil)
		resp, err := t.HTTP.Do(req)
		if err != nil {
			continue
		}
		var j Job
		err = json.NewDecoder(resp.Body).Decode(&j)
		resp.Body.Close()
		if err == nil && j.Status == "ready" {
			return &j, nil
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// Search is the course search index (Meilisearch-style).
type Search struct {
	Base string
	Key  string
	HTTP *http.Client
}

// IndexCourse pushes a course document; the index is eventually consistent
// and rejects writes while it reindexes, so we retry.
func (s *Search) IndexCourse(ctx context.Context, id, title string, priceCents int64) error {
	doc := fmt.Sprintf(`[{"id":%q,"title":%q,"price":%d,"currency":"usd"}]`, id, title, priceCents)
	for attempt := 0; attempt < 10; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.Base+"/indexes/courses/documents", stringsReader(doc))
		req.Header.Set("Authorization", "Bearer "+s.Key)
		resp, err := s.HTTP.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusAccepted {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("search: index %s: gave up", id)
}
