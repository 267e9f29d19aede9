package access

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/avast/retry-go/v4"
)

// PushNotifier implements domain.Notifier on the push gateway.
type PushNotifier struct {
	GatewayURL string
	HC         *http.Client
}

func (p *PushNotifier) Push(ctx context.Context, memberID, title, body string) error {
	b, _ := json.Marshal(map[string]string{"to": "member:" + memberID, "title": title, "body": body})
	return retry.Do(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.GatewayURL+"/v1/notifications", bytes.NewReader(b))
		if err != nil {
			return retry.Unrecoverable(err)
		}
		resp, err := p.HC.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusAccepted {
			return fmt.Errorf("push gateway: %s", resp.Status)
		}
		return nil
	}, retry.Context(ctx), retry.Attempts(3))
}
