package workspace

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Messenger relays chat messages between clients and freelancers to the
// realtime gateway.
type Messenger struct {
	gateway string
	http    *http.Client
}

// NewMessenger returns a messenger for the gateway URL.
func NewMessenger(gateway string) *Messenger {
	return &Messenger{gateway: gateway, http: &http.Client{Timeout: 5 * time.Second}}
}

// Message is one chat line in a contract room.
type Message struct {
	RoomID   string `json:"room_id"`
	AuthorID string `json:"author_id"`
	Body     string `json:"body"`
}

// Send pushes the message; the gateway drops duplicates by client id.
func (m *Messenger) Send(ctx context.Context, msg Message, clientMsgID string) error {
	body, _ := json.Marshal(msg)
	var status int
	for attempt := 0; attempt < 5; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.gateway+"/rooms/"+msg.RoomID+"/messages", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("X-Client-Msg-Id", clientMsgID)
		resp, err := m.http.Do(req)
		if err == nil {
			status = resp.StatusCode
			resp.Body.Close()
			if status == http.StatusOK {
				return nil
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	return fmt.Errorf("message to room %s not delivered (last status %d)", msg.RoomID, status)
}
