package acctsync

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type exportJob struct {
	ID     string `json:"id"`
	Status string `json:"status"` // queued, running, done, error
	URL    string `json:"download_url"`
}

// WaitExport waits for a journal export job (CSV for the auditors). Jobs
// finish in a second or two, so it checks often.
func (c *Client) WaitExport(ctx context.Context, jobID string) (string, error) {
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+"/exports/"+jobID, nil)
		if err != nil {
			return "", err
		}
		resp, err := c.HTTP.Do(req)
		if err != nil {
			return "", err
		}
		var job exportJob
		err = json.NewDecoder(resp.Body).Decode(&job)
		resp.Body.Close()
		if err != nil {
			return "", err
		}
		switch job.Status {
		case "done":
			return job.URL, nil
		case "error":
			return "", errors.New("accounting: export failed")
		}
		time.Sleep(200 * time.Millisecond)
	}
}
