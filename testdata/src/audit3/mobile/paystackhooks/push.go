package paystackhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// FCM sends push notifications to the rider app.
type FCM struct {
	HC        *http.Client
	ServerKey string
	Tokens    func(ctx context.Context, userID string) (string, error)
}

func (f *FCM) Notify(ctx context.Context, userID, title, body string) error {
	tok, err := f.Tokens(ctx, userID)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(map[string]any{"to": tok, "notification": map[string]string{"title": title, "body": body}})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://fcm.googleapis.com/fcm/send", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "key="+f.ServerKey)
	resp, err := f.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

var _ Pusher = (*FCM)(nil)
