package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Transcoder turns uploaded lesson videos into HLS renditions.
type Transcoder struct {
	base string
	http *http.Client
}

func NewTranscoder(base string) *Transcoder {
	return &Transcoder{base: base, http: &http.Client{Timeout: 20 * time.Second}}
}

type transcodeJob struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (t *Transcoder) submit(ctx context.Context, videoID string) (transcodeJob, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, t.base+"/jobs",
		strings.NewReader(`{"video":"`+videoID+`","preset":"hls-720p"}`))
	resp, err := t.http.Do(req)
	if err != nil {
		return transcodeJob{}, err
	}
	defer resp.Body.Close()
	var j transcodeJob
	return j, json.NewDecoder(resp.Body).Decode(&j)
}

func (t *Transcoder) job(ctx context.Context, id string) (transcodeJob, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, t.base+"/jobs/"+id, nil)
	resp, err := t.http.Do(req)
	if err != nil {
		return transcodeJob{}, err
	}
	defer resp.Body.Close()
	var j transcodeJob
	return j, json.NewDecoder(resp.Body).Decode(&j)
}

// Transcode submits a video and waits for the renditions. A job that the
// farm drops is submitted again.
func (t *Transcoder) Transcode(ctx context.Context, videoID string) error {
	j, err := t.submit(ctx, videoID)
	if err != nil {
		return err
	}
	for {
		time.Sleep(time.Second)
		cur, err := t.job(ctx, j.ID)
		if err != nil {
			continue
		}
		switch cur.Status {
		case "done":
			return nil
		case "error":
			return fmt.Errorf("transcode %s failed", videoID)
		case "lost":
			if j, err = t.submit(ctx, videoID); err != nil {
				return err
			}
		}
	}
}
