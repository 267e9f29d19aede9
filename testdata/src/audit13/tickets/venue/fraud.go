package venue

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

// ErrScoreTimeout is returned when the fraud service has no score in time.
var ErrScoreTimeout = errors.New("fraud: no score")

// Assessment is the fraud service's verdict on a buyer and basket.
type Assessment struct {
	ID    string  `json:"id"`
	State string  `json:"state"`
	Score float64 `json:"score"`
}

// Assess asks the fraud-score service about a checkout and waits for the
// score (asked before seats of high-demand events are released).
func (c *Client) Assess(ctx context.Context, orderRef, email, ip string) (Assessment, error) {
	var a Assessment
	path, method, body := "/v1/assessments", http.MethodPost, any(map[string]string{"order_ref": orderRef, "email": email, "ip": ip})
	for i := 0; i < 10; i++ {
		resp, err := c.do(ctx, method, path, body)
		if err != nil {
			return a, err
		}
		err = json.NewDecoder(resp.Body).Decode(&a)
		resp.Body.Close()
		if err != nil || a.State == "ready" {
			return a, err
		}
		path, method, body = "/v1/assessments/"+a.ID, http.MethodGet, nil
		time.Sleep(400 * time.Millisecond)
	}
	return a, ErrScoreTimeout
}
