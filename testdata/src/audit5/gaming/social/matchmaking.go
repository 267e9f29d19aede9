package social

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// Ticket is a matchmaking ticket.
type Ticket struct {
	ID     string `json:"id"`
	Status string `json:"status"` // searching, matched, cancelled
	Server string `json:"server"`
}

// Matchmaker polls the matchmaking queue.
type Matchmaker struct {
	Base string
	HTTP *http.Client
}

// AwaitMatch waits until the ticket is matched; the client cancels the
// ticket (and so this wait) when the player leaves the lobby.
func (m *Matchmaker) AwaitMatch(ticketID string) (*Ticket, error) {
	for {
		resp, err := m.HTTP.Get(m.Base + "/v1/tickets/" + ticketID)
		if err != nil {
			time.Sleep(200 * time.Millisecond)
			continue
		}
		var t Ticket
		err = json.NewDecoder(resp.Body).Decode(&t)
		resp.Body.Close()
		if err == nil && (t.Status == "matched" || t.Status == "cancelled") {
			return &t, nil
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// Heartbeat tells the fleet manager a game server is alive.
func Heartbeat(ctx context.Context, c *http.Client, url string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, nil)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
