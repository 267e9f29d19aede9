package social

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Leaderboard is the ranking service (spend and score boards).
type Leaderboard struct {
	base string
	http *http.Client
}

// NewLeaderboard builds the client.
func NewLeaderboard(base string) *Leaderboard {
	return &Leaderboard{base: base, http: &http.Client{Timeout: 3 * time.Second}}
}

// Submit records a score; the board keeps the max per player, so
// sending it again changes nothing and we retry whatever went wrong.
func (l *Leaderboard) Submit(ctx context.Context, board, playerID string, score int64) error {
	body, _ := json.Marshal(map[string]any{"player": playerID, "score": score})
	var last error
	for i := 0; i < 5; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, l.base+"/boards/"+board+"/scores", bytes.NewReader(body))
		resp, err := l.http.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			last = fmt.Errorf("leaderboard: HTTP %d", resp.StatusCode)
		} else {
			last = err
		}
		time.Sleep(100 * time.Millisecond)
	}
	return last
}
